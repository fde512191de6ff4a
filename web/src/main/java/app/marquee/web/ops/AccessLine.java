package app.marquee.web.ops;

import java.time.Duration;

/** The text of one access line: {@code GET /movies/2 200 12ms alice request=…}. */
public final class AccessLine {

    private AccessLine() {}

    static String of(String method, String uri, int status, Duration took, String user, String requestId) {
        return printable(method) + " " + path(uri) + " " + status + " " + took.toMillis() + "ms "
                + (user == null || user.isBlank() ? "-" : printable(user)) + " request=" + requestId;
    }

    /** The path without path parameters ({@code ;jsessionid=…} would be one). */
    static String path(String uri) {
        return printable(uri.replaceAll(";[^/]*", ""));
    }

    /**
     * Whatever the client sent, made fit for a log line: one line, without spaces that could fake
     * fields, at most 200 characters.
     */
    public static String printable(String text) {
        String cleaned = text.replaceAll("[^\\x21-\\x7e]", "?");
        return cleaned.length() > 200 ? cleaned.substring(0, 200) + "..." : cleaned;
    }
}
