package app.marquee.web.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class UndecodableRequestsInstallerTest {

    @Test
    void outsidePayaraItOnlyWarnsOnce() {
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger logger = Logger.getLogger(UndecodableRequestsInstaller.class.getName());
        logger.addHandler(handler);
        try {
            UndecodableRequestsInstaller installer = new UndecodableRequestsInstaller();
            installer.contextInitialized(null);
            installer.contextDestroyed(null);
        } finally {
            logger.removeHandler(handler);
        }
        assertThat(records)
                .filteredOn(r -> r.getLevel().intValue() >= Level.INFO.intValue())
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.getLevel()).isEqualTo(Level.WARNING);
                    assertThat(r.getThrown()).isNull();
                });
    }
}
