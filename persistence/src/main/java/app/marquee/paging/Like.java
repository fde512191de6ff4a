package app.marquee.paging;

import java.util.Locale;

/** Builds case-insensitive "contains" patterns for JPQL {@code like ... escape '!'}. */
public final class Like {

    public static final char ESCAPE = '!';

    private Like() {}

    /**
     * The JPQL condition that {@code expression}, lower-cased, matches the pattern in the named
     * parameter {@code :parameter}, which takes a {@link #containing} pattern.
     */
    public static String matches(String expression, String parameter) {
        return "lower(" + expression + ") like :" + parameter + " escape '" + ESCAPE + "'";
    }

    /** The lower-cased pattern matching any text that contains {@code fragment}, wildcards taken literally. */
    public static String containing(String fragment) {
        StringBuilder pattern = new StringBuilder("%");
        for (char c : fragment.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }
}
