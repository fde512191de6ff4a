package app.marquee.catalog;

import java.time.LocalDate;

/**
 * The dates the catalogue accepts for release dates and birthdays, the same for forms and the API.
 *
 * <p>1850 is before the first film and the oldest living actor's birth by a wide margin, and keeps
 * clear of 1582, where the Julian and Gregorian calendars meet and a date sent through JDBC's
 * {@code java.sql.Date} comes back ten days off. 9999-12-31 is the last date all three databases
 * (and a four-digit year field) can hold.
 */
public final class CatalogDates {

    public static final LocalDate EARLIEST = LocalDate.of(1850, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private CatalogDates() {}

    /** Whether the date is in the range, both ends included; null (no date) is. */
    public static boolean allows(LocalDate date) {
        return date == null || !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }
}
