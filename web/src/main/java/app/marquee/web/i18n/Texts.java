package app.marquee.web.i18n;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts from the message bundles, with parameters filled in by {@link MessageFormat} (so a quote is
 * written {@code ''} in the bundles). The pages' templates read {@code pages}, then {@code messages};
 * Java code (flash messages, validation and error messages, the API's problem documents) reads
 * {@code messages} through {@link #get}.
 */
public final class Texts {

    /** The bundle of the templates' texts. */
    public static final String PAGES = "app.marquee.web.i18n.pages";
    /** The bundle of the texts Java code builds. */
    public static final String MESSAGES = "app.marquee.web.i18n.messages";

    private Texts() {}

    /** The text of {@code key} in the {@code messages} bundle, in this language, with its parameters. */
    public static String get(Locale locale, String key, Object... parameters) {
        return format(
                locale,
                ResourceBundle.getBundle(MESSAGES, locale, NoFallback.INSTANCE).getString(key),
                parameters);
    }

    /**
     * A day as people read it in this language ({@code format.date}): 2015-04-02 in English, as the
     * pages have always shown it, 02.04.2015 in German. Inputs, addresses and the API keep ISO-8601.
     */
    public static String date(Locale locale, LocalDate day) {
        return day == null
                ? ""
                : DateTimeFormatter.ofPattern(Texts.get(locale, "format.date"), locale)
                        .format(day);
    }

    /** The text of {@code key} in the first bundle that has it, or null. */
    static String find(Locale locale, String key, Object... parameters) {
        for (String name : new String[] {PAGES, MESSAGES}) {
            try {
                return format(
                        locale,
                        ResourceBundle.getBundle(name, locale, NoFallback.INSTANCE)
                                .getString(key),
                        parameters);
            } catch (MissingResourceException e) {
                // next bundle
            }
        }
        return null;
    }

    private static String format(Locale locale, String pattern, Object... parameters) {
        if (parameters == null || parameters.length == 0) {
            return pattern.replace("''", "'");
        }
        return new MessageFormat(pattern, locale).format(parameters);
    }

    /**
     * Bundles without the JVM's default locale in between: a German server must still answer an
     * English request from the English (base) bundle.
     */
    private static final class NoFallback extends ResourceBundle.Control {
        static final NoFallback INSTANCE = new NoFallback();

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    }
}
