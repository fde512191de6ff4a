package app.marquee.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(converter.supports(LocalDate.class, new Annotation[0])).isTrue();
    }

    @Test
    void bindsAnIsoDateWhateverTheLocale() {
        assertThat(convert(" 1995-12-15 ").getValue()).isEqualTo(LocalDate.of(1995, 12, 15));
        assertThat(convert("1995-12-15").getError()).isEqualTo(Optional.empty());
    }

    @Test
    void bindsABlankValueToNullWithoutAnError() {
        assertThat(convert("").getValue()).isNull();
        assertThat(convert("  ").getError()).isEqualTo(Optional.empty());
        assertThat(convert(null).getError()).isEqualTo(Optional.empty());
    }

    @Test
    void rejectsAnImpossibleDateSayingItDoesNotExist() {
        assertThat(convert("1995-02-30").getError()).isEqualTo(Optional.of("There is no such date as 1995-02-30."));
        assertThat(convert("2023-02-29").getError()).isEqualTo(Optional.of("There is no such date as 2023-02-29."));
        assertThat(convert("2024-02-29").getValue()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(convert("1995-02-30").getValue()).isNull();
    }

    @Test
    void rejectsOtherFormsAskingForYyyyMmDd() {
        for (String malformed :
                new String[] {"15/12/1995", "1995-12-5", "12345-01-01", "+1995-12-15", "0000-01-01", "yesterday"}) {
            assertThat(convert(malformed).getError())
                    .as(malformed)
                    .isEqualTo(Optional.of("Enter a date as YYYY-MM-DD, for example 2015-04-02."));
        }
    }
}
