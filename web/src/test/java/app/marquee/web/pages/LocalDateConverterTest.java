package app.marquee.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.krazo.binding.convert.ConverterResult;
import org.junit.jupiter.api.Test;

class LocalDateConverterTest {

    private final LocalDateConverter converter = new LocalDateConverter();

    private ConverterResult<LocalDate> convert(String value) {
        return converter.convert(value, LocalDate.class, new Annotation[0], Locale.FRANCE);
    }

    @Test
    void supportsOnlyLocalDate() {
        assertTrue(converter.supports(LocalDate.class, new Annotation[0]));
    }

    @Test
    void bindsAnIsoDateWhateverTheLocale() {
        assertEquals(LocalDate.of(1995, 12, 15), convert(" 1995-12-15 ").getValue());
        assertEquals(Optional.empty(), convert("1995-12-15").getError());
    }

    @Test
    void bindsABlankValueToNullWithoutAnError() {
        assertNull(convert("").getValue());
        assertEquals(Optional.empty(), convert("  ").getError());
        assertEquals(Optional.empty(), convert(null).getError());
    }

    @Test
    void rejectsAnImpossibleDateSayingItDoesNotExist() {
        assertEquals(Optional.of("There is no such date as 1995-02-30."), convert("1995-02-30").getError());
        assertEquals(Optional.of("There is no such date as 2023-02-29."), convert("2023-02-29").getError());
        assertEquals(LocalDate.of(2024, 2, 29), convert("2024-02-29").getValue());
        assertNull(convert("1995-02-30").getValue());
    }

    @Test
    void rejectsOtherFormsAskingForYyyyMmDd() {
        for (String malformed : new String[] {"15/12/1995", "1995-12-5", "12345-01-01", "+1995-12-15", "0000-01-01",
                "yesterday"}) {
            assertEquals(Optional.of("Enter a date as YYYY-MM-DD, for example 2015-04-02."),
                    convert(malformed).getError(), malformed);
        }
    }
}
