package app.marquee.movie;

import java.time.LocalDate;
import java.util.List;

/**
 * A movie as a listing shows it: its own fields and its cast's names, read as plain values. A page
 * of twenty movies with their casts is some sixty rows; reading them as values rather than as
 * managed entities (each with its state snapshot, its collections and, for every actor, the inverse
 * one-to-one to its stuntman) was most of the database side of {@code /movies} in the JVM's profile.
 *
 * @param cast the cast in the order a movie's page shows it: by name
 */
public record MovieSummary(long id, long version, String title, LocalDate releaseDate, List<CastMember> cast) {

    public MovieSummary {
        cast = List.copyOf(cast);
    }

    /** An actor in a movie's cast. */
    public record CastMember(long id, String name) {}
}
