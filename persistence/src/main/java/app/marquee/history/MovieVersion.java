package app.marquee.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A movie as it was at a revision, to restore or recreate it: its fields and its cast (the actors
 * that still exist, by id and name; {@code castGone} counts those deleted since).
 */
public record MovieVersion(
        long movieId,
        long revision,
        Instant at,
        String account,
        String title,
        LocalDate releaseDate,
        Map<Long, String> cast,
        int castGone) {

    public MovieVersion {
        cast = Map.copyOf(cast);
    }
}
