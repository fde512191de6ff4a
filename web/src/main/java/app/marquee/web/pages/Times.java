package app.marquee.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Points in time on the pages ({@code ${times.of(account.lastSignInAt)}}): minutes, in UTC, said so. */
@Named("times")
@ApplicationScoped
public class Times {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    public String of(Instant instant) {
        return instant == null ? null : FORMAT.format(instant);
    }

    /** For a {@code <time datetime>} attribute. */
    public String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
