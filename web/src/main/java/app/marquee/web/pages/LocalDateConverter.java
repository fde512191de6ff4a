package app.marquee.web.pages;

import app.marquee.web.i18n.Languages;
import app.marquee.web.i18n.Texts;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import org.eclipse.krazo.binding.convert.ConverterResult;
import org.eclipse.krazo.binding.convert.MvcConverter;

/**
 * Binds {@code @MvcBinding} date parameters written as {@code YYYY-MM-DD} (what a date input sends).
 * Krazo has no converter for {@link LocalDate} and would silently bind null; with this one a
 * malformed or impossible date (1995-02-30) becomes a binding error shown beside its field. A blank
 * value binds to null: every date in the catalogue is optional. Registered in META-INF/services.
 */
public class LocalDateConverter implements MvcConverter<LocalDate> {

    static final DateTimeFormatter ISO_STRICT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    @Override
    public boolean supports(Class<LocalDate> rawType, Annotation[] annotations) {
        return LocalDate.class.equals(rawType);
    }

    @Override
    public ConverterResult<LocalDate> convert(
            String value, Class<LocalDate> rawType, Annotation[] annotations, Locale locale) {
        if (value == null || value.isBlank()) {
            return ConverterResult.success(null);
        }
        try {
            return ConverterResult.success(parse(value));
        } catch (DateTimeParseException e) {
            return ConverterResult.failed(null, problem(value, locale));
        }
    }

    /** Parses a strict ISO date with a four-digit year from 0001, e.g. 2015-04-02; throws for anything else. */
    public static LocalDate parse(String value) {
        String text = value.strip();
        if (!text.matches("\\d{4}-\\d{2}-\\d{2}") || text.startsWith("0000")) {
            throw new DateTimeParseException("Not a YYYY-MM-DD date", text, 0);
        }
        return LocalDate.parse(text, ISO_STRICT);
    }

    /** What is wrong with a value that {@link #parse} rejects, in words a user understands. */
    static String problem(String value) {
        return problem(value, null);
    }

    /** As {@link #problem(String)}, in the page's language (Krazo passes Jakarta MVC's locale). */
    static String problem(String value, Locale given) {
        Locale locale = given == null ? Languages.DEFAULT : given;
        String text = value.strip();
        if (text.matches("\\d{4}-\\d{2}-\\d{2}") && !text.startsWith("0000")) {
            return Texts.get(locale, "date.noSuchDate", text);
        }
        return Texts.get(locale, "date.form");
    }
}
