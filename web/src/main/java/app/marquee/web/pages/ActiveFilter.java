package app.marquee.web.pages;

/**
 * A filter applied to a listing, shown above it with a link that removes it.
 *
 * @param label     what the filter is, e.g. "Title contains"
 * @param value     the value as the user gave it, e.g. "bourne"
 * @param removeUrl the same listing without this filter
 */
public record ActiveFilter(String label, String value, String removeUrl) {

    public String getLabel() {
        return label;
    }

    public String getValue() {
        return value;
    }

    public String getRemoveUrl() {
        return removeUrl;
    }
}
