package app.marquee.text;

import java.text.Normalizer;

/**
 * The one form in which names and titles are stored and compared.
 *
 * <p>Text pasted from web pages and word processors often carries look-alike spaces (no-break, figure,
 * narrow no-break) and invisible characters (zero-width spaces and joiners, the byte-order mark) at
 * its ends, and the same accented letter can arrive precomposed or as a letter plus a combining mark.
 * Without normalising, "Amélie" typed on one keyboard and pasted from another would be two titles, and
 * a title of only no-break spaces would pass as not blank.
 */
public final class Text {

    private static final int ZERO_WIDTH_SPACE = 0x200B;
    private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
    private static final int ZERO_WIDTH_JOINER = 0x200D;
    private static final int WORD_JOINER = 0x2060;
    private static final int BYTE_ORDER_MARK = 0xFEFF;

    private Text() {}

    /**
     * The text in Unicode normalisation form C, without leading and trailing white space, look-alike
     * spaces or invisible characters; null stays null. Characters inside the text are kept.
     */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        int start = 0;
        int end = composed.length();
        while (start < end && isBlankOrInvisible(composed.codePointAt(start))) {
            start += Character.charCount(composed.codePointAt(start));
        }
        while (end > start && isBlankOrInvisible(composed.codePointBefore(end))) {
            end -= Character.charCount(composed.codePointBefore(end));
        }
        return composed.substring(start, end);
    }

    /**
     * Whether the text holds no control character (NUL, tab, line breaks...), no character that
     * changes the direction of the text around it, and no half of a surrogate pair. Such characters
     * make a one-line value print differently from what it is: a right-to-left override can make a
     * title read backwards in every listing after it. Null is plain.
     */
    public static boolean isPlain(CharSequence text) {
        if (text == null) {
            return true;
        }
        return text.codePoints().noneMatch(Text::isForbidden);
    }

    private static boolean isBlankOrInvisible(int codePoint) {
        return Character.isWhitespace(codePoint)
                || Character.isSpaceChar(codePoint)
                || codePoint == ZERO_WIDTH_SPACE
                || codePoint == ZERO_WIDTH_NON_JOINER
                || codePoint == ZERO_WIDTH_JOINER
                || codePoint == WORD_JOINER
                || codePoint == BYTE_ORDER_MARK;
    }

    private static boolean isForbidden(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.SURROGATE || isDirectionControl(codePoint);
    }

    // The explicit bidirectional formatting characters of Unicode's bidi algorithm (UAX #9): the marks
    // (LRM, RLM, ALM), the embeddings and overrides (LRE, RLE, PDF, LRO, RLO) and the isolates (LRI,
    // RLI, FSI, PDI).
    private static boolean isDirectionControl(int codePoint) {
        return codePoint == 0x200E
                || codePoint == 0x200F
                || codePoint == 0x061C
                || (codePoint >= 0x202A && codePoint <= 0x202E)
                || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }
}
