package app.marquee.movie;

import java.time.LocalDate;
import java.util.Set;

/** What a user submits to create or change a movie: its fields and the ids of its cast. */
public record MovieDraft(String title, LocalDate releaseDate, Set<Long> castIds) {

    public MovieDraft {
        castIds = castIds == null ? Set.of() : Set.copyOf(castIds);
    }
}
