package app.marquee.movie;

import java.time.LocalDate;

/**
 * The filters of a movie listing; a null filter is not applied.
 *
 * @param title         the title contains this, ignoring case
 * @param releasedAfter released strictly after this date
 * @param actorId       the cast includes this actor
 * @param sort          the order of the rows
 */
public record MovieSearch(String title, LocalDate releasedAfter, Long actorId, MovieSort sort) {

    public MovieSearch {
        title = title == null || title.isBlank() ? null : title.strip();
        sort = sort == null ? MovieSort.TITLE : sort;
    }

    public static MovieSearch all() {
        return new MovieSearch(null, null, null, MovieSort.TITLE);
    }
}
