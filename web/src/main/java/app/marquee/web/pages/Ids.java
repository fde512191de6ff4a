package app.marquee.web.pages;

import jakarta.ws.rs.BadRequestException;

/** Reads record ids and small numbers from URLs and forms without letting bad input become a 500. */
public final class Ids {

    private Ids() {}

    /** The id in a path or form; anything but a positive number is a bad request (400). */
    public static long parse(String text) {
        Long id = parseOrNull(text);
        if (id == null) {
            throw new BadRequestException("Not an id: " + text);
        }
        return id;
    }

    /** The id, or null when the text is not a positive number (for optional filters). */
    public static Long parseOrNull(String text) {
        if (text == null || !text.strip().matches("\\d{1,18}")) {
            return null;
        }
        long id = Long.parseLong(text.strip());
        return id > 0 ? id : null;
    }

    /** A page number or size; {@code fallback} when absent or not a number. */
    public static int intOr(String text, int fallback) {
        if (text == null || !text.strip().matches("\\d{1,9}")) {
            return fallback;
        }
        return Integer.parseInt(text.strip());
    }

    /** The optimistic-lock token of an edit form: the version the user started from. */
    public static long version(String text) {
        if (text == null || !text.strip().matches("\\d{1,18}")) {
            throw new BadRequestException("Not a version: " + text);
        }
        return Long.parseLong(text.strip());
    }

    /** The version a confirmation form was shown at, or null when the form sends none. */
    public static Long versionOrNull(String text) {
        return text == null || text.isBlank() ? null : version(text);
    }
}
