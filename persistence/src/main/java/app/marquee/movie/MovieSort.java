package app.marquee.movie;

import java.util.Arrays;
import java.util.Optional;

/** The orders a movie listing can be sorted in, by their URL names ({@code title}, {@code -releaseDate}, ...). */
public enum MovieSort {
    TITLE("title", "lower(m.title) asc, m.id asc"),
    TITLE_DESC("-title", "lower(m.title) desc, m.id desc"),
    RELEASE_DATE("releaseDate", "m.releaseDate asc nulls last, m.id asc"),
    RELEASE_DATE_DESC("-releaseDate", "m.releaseDate desc nulls last, m.id desc");

    private final String param;
    final String orderBy;

    MovieSort(String param, String orderBy) {
        this.param = param;
        this.orderBy = orderBy;
    }

    public String param() {
        return param;
    }

    public static Optional<MovieSort> fromParam(String param) {
        return Arrays.stream(values()).filter(s -> s.param.equals(param)).findFirst();
    }
}
