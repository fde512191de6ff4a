package app.marquee.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Points in time, dates and counts on the pages, in the page's language
 * ({@code ${times.of(account.lastSignInAt, #locale)}}, {@code ${times.date(movie.releaseDate, #locale)}}).
 * Instants are shown to the minute, in UTC, said so. English keeps ISO-8601 dates
 * ({@code 2015-04-02}, {@code 2026-12-01 10:00 UTC}) and plain numbers; other languages get their
 * own medium date format ({@code 02.04.2015}) and digit grouping ({@code 1.234}).
 */
@Named("times")
@ApplicationScoped
public class Times {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** An instant in English: {@code 2026-12-01 10:00 UTC}. */
    public String of(Instant instant) {
        return instant == null ? null : FORMAT.format(instant);
    }

    /** An instant in the page's language: English as {@link #of(Instant)}, German {@code 01.12.2026 10:00 UTC}. */
    public String of(Instant instant, Locale locale) {
        if (instant == null) {
            return null;
        }
        if (isEnglish(locale)) {
            return of(instant);
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .withZone(ZoneOffset.UTC)
                        .format(instant)
                + " "
                + DateTimeFormatter.ofPattern("HH:mm 'UTC'")
                        .withZone(ZoneOffset.UTC)
                        .format(instant);
    }

    /**
     * A date (a {@link LocalDate}, or text that is one in ISO-8601) in the page's language: English
     * ISO-8601, German {@code 11.10.2002}. Text that is not a date is returned as it is.
     */
    public String date(Object date, Locale locale) {
        if (date == null) {
            return null;
        }
        LocalDate day;
        if (date instanceof LocalDate local) {
            day = local;
        } else {
            try {
                day = LocalDate.parse(date.toString());
            } catch (DateTimeParseException e) {
                return date.toString();
            }
        }
        if (isEnglish(locale)) {
            return day.toString();
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .format(day);
    }

    /** A count in the page's language: English as it is ({@code 1234}), German grouped ({@code 1.234}). */
    public String number(Number number, Locale locale) {
        if (number == null) {
            return null;
        }
        if (isEnglish(locale)) {
            return number.toString();
        }
        return NumberFormat.getIntegerInstance(locale).format(number);
    }

    /** For a {@code <time datetime>} attribute. */
    public String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static boolean isEnglish(Locale locale) {
        return locale == null || locale.getLanguage().equals("en");
    }
}
