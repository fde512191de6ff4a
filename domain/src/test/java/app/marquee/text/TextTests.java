package app.marquee.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTests {

    @Test
    void nullStaysNull() {
        assertThat(Text.normalize(null)).isNull();
        assertThat(Text.isPlain(null)).isTrue();
    }

    @Test
    void leadingAndTrailingWhiteSpaceIsStripped() {
        assertThat(Text.normalize("  Furious 7 \t\n")).isEqualTo("Furious 7");
        assertThat(Text.normalize("Furious 7")).isEqualTo("Furious 7");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\u00A0", "\u2007", "\u202F", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u3000", "\u2003"
            })
    void lookAlikeSpacesAndInvisibleCharactersAreStrippedFromBothEnds(String invisible) {
        assertThat(Text.normalize(invisible + "Heat" + invisible + " ")).isEqualTo("Heat");
        assertThat(Text.normalize(invisible.repeat(3))).isEmpty();
    }

    @Test
    void spacesInsideTheTextAreKept() {
        assertThat(Text.normalize("\u00A0Pain\u00A0& Gain\u200B")).isEqualTo("Pain\u00A0& Gain");
    }

    @Test
    void aLetterWithACombiningMarkIsComposed() {
        String decomposed = "Ame\u0301lie";

        assertThat(Text.normalize(decomposed)).isEqualTo("Am\u00E9lie").hasSize(6);
    }

    @Test
    void lettersOutsideTheBasicPlaneSurviveStripping() {
        assertThat(Text.normalize(" \uD83C\uDFAC Clapper \uD83C\uDFAC\u00A0"))
                .isEqualTo("\uD83C\uDFAC Clapper \uD83C\uDFAC");
    }

    @Test
    void ordinaryTextInAnyScriptIsPlain() {
        assertThat(Text.isPlain("Amélie — 天気の子 — Ωmega — שלום — مرحبا \uD83C\uDFAC"))
                .isTrue();
        assertThat(Text.isPlain("")).isTrue();
        assertThat(Text.isPlain("Pain\u00A0& Gain")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\t", "\r", "\n", "\u001B", "\u007F", "\u0085"})
    void controlCharactersAreNotPlain(String control) {
        assertThat(Text.isPlain("Heat" + control + "wave")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E",
                "\u200F", "\u061C"
            })
    void textDirectionControlsAreNotPlain(String control) {
        assertThat(Text.isPlain("Heat" + control + "wave")).isFalse();
    }

    @Test
    void halfASurrogatePairIsNotPlain() {
        assertThat(Text.isPlain("Heat\uD83C")).isFalse();
        assertThat(Text.isPlain("\uDFACHeat")).isFalse();
        assertThat(Text.isPlain("Heat\uDFAC\uD83C"))
                .as("the halves in the wrong order")
                .isFalse();
    }
}
