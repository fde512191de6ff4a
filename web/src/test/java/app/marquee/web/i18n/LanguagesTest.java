package app.marquee.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void theFirstLanguageOfTheBrowserThatMarqueeHasWins() {
        assertThat(Languages.firstSupported(List.of(Locale.FRENCH, Locale.GERMANY, Locale.ENGLISH)))
                .isEqualTo(Locale.GERMAN);
        assertThat(Languages.firstSupported(List.of(Locale.forLanguageTag("en-GB"))))
                .isEqualTo(Locale.ENGLISH);
    }

    @Test
    void withoutALanguageMarqueeHasItIsEnglish() {
        assertThat(Languages.firstSupported(List.of(Locale.JAPANESE))).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.firstSupported(List.of())).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void onlyMarqueesLanguagesAreAcceptedByCode() {
        assertThat(Languages.supported(" DE ")).contains(Locale.GERMAN);
        assertThat(Languages.supported("fr")).isEmpty();
        assertThat(Languages.supported(null)).isEmpty();
    }
}
