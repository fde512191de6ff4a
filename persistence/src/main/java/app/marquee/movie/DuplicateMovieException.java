package app.marquee.movie;

import java.time.LocalDate;

/**
 * Another movie already has this title, ignoring case, and this release date (or, like this one, none).
 * Nothing was written. Thrown whether the repository saw the other movie before writing or the
 * database's unique key refused the write because the other was saved a moment earlier.
 */
public class DuplicateMovieException extends RuntimeException {

    private final String title;
    private final LocalDate releaseDate;

    public DuplicateMovieException(String title, LocalDate releaseDate) {
        super("A movie titled \"" + title + "\" "
                + (releaseDate == null ? "without a release date" : "released " + releaseDate)
                + " is already in the catalogue");
        this.title = title;
        this.releaseDate = releaseDate;
    }

    /** The title of the movie that was to be saved. */
    public String title() {
        return title;
    }

    /** Its release date; null for a movie without one. */
    public LocalDate releaseDate() {
        return releaseDate;
    }
}
