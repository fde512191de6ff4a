package app.marquee.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The container's pool takes its knobs from configuration: failsafe starts Payara with
 * MARQUEE_DB_POOL_SIZE=3, MARQUEE_DB_POOL_MAX_SIZE=6 and MARQUEE_DB_POOL_MAX_WAIT_MILLIS=2000
 * (the defaults would be 5, 15 and 30 s).
 */
@ExtendWith(ArquillianExtension.class)
class PoolConfigurationIT {

    private static final int MAX_SIZE = 6;
    private static final int STEADY_SIZE = 3;

    @Deployment
    static WebArchive deployment() {
        return Deployments.inServer(PoolConfigurationIT.class);
    }

    @Resource(lookup = "java:app/jdbc/marquee")
    DataSource pool;

    @Test
    void poolHandsOutAtMostTheConfiguredMaximumThenFailsAfterTheConfiguredWait() throws Exception {
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < MAX_SIZE; i++) {
                held.add(pool.getConnection());
            }
            long start = System.nanoTime();
            Throwable exhausted = catchThrowable(pool::getConnection);
            long waitedMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(exhausted).isInstanceOf(SQLException.class);
            assertThat(waitedMillis)
                    .as("waited " + waitedMillis + " ms")
                    .isGreaterThanOrEqualTo(1_500)
                    .isLessThan(10_000);
            assertThat(String.valueOf(exhausted.getMessage()))
                    .as(exhausted::getMessage)
                    .contains("max-pool-size");
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        try (Connection again = pool.getConnection()) {
            assertThat(again.isValid(2))
                    .as("a returned connection is handed out again")
                    .isTrue();
        }
    }

    @Test
    void poolKeepsAtLeastTheConfiguredSteadyNumberOfConnectionsOpen() throws Exception {
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from pg_stat_activity"
                        + " where datname = current_database() and usename = current_user")) {
            rows.next();
            int open = rows.getInt(1);
            assertThat(open).as("open connections: " + open).isBetween(STEADY_SIZE, MAX_SIZE);
        }
    }
}
