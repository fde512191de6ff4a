package app.marquee.web.pages;

/**
 * An order offered in a listing's sort selector.
 *
 * @param param the order's URL name, from the sort enum, e.g. "-releaseDate"
 * @param label what the user sees, e.g. "Release date, newest first"
 */
public record SortOption(String param, String label) {

    public String getParam() {
        return param;
    }

    public String getLabel() {
        return label;
    }
}
