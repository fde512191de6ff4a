package app.marquee.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Texts the code builds, in English exactly as before the bundles, and in German. */
class MessagesTest {

    @Test
    void flashMessageWithATitle() {
        assertThat(Texts.get(Locale.ENGLISH, "movie.saved", "Ocean's Eleven"))
                .isEqualTo("Movie “Ocean's Eleven” saved.");
        assertThat(Texts.get(Locale.GERMAN, "movie.saved", "Ocean's Eleven"))
                .isEqualTo("Film „Ocean's Eleven“ gespeichert.");
    }

    @Test
    void apostrophesWithAndWithoutParameters() {
        assertThat(Texts.get(Locale.ENGLISH, "token.unavailable"))
                .startsWith("Tokens cannot be created: the" + " application's own token issuer");
    }

    @Test
    void minutesAreCountedInTheLanguage() {
        assertThat(Texts.get(Locale.ENGLISH, "signin.locked", 1L))
                .isEqualTo("Too many failed sign-ins for this"
                        + " account: signing in to it is paused for 1 minute. Try again later.");
        assertThat(Texts.get(Locale.ENGLISH, "signin.locked", 15L)).contains("paused for 15 minutes.");
        assertThat(Texts.get(Locale.GERMAN, "signin.locked", 1L)).contains("für 1 Minute gesperrt");
        assertThat(Texts.get(Locale.GERMAN, "signin.locked", 15L)).contains("für 15 Minuten gesperrt");
    }

    @Test
    void pagerSummaryGroupsOnlyTheUncountedTotal() {
        assertThat(Texts.get(Locale.ENGLISH, "pager.showing", 981, 1000, 1000)).isEqualTo("Showing 981–1000 of 1000");
        assertThat(Texts.get(Locale.ENGLISH, "pager.showingMore", 1, 20, 1000L))
                .isEqualTo("Showing 1–20 of more than 1,000");
        assertThat(Texts.get(Locale.GERMAN, "pager.showingMore", 1, 20, 1000L)).isEqualTo("1–20 von mehr als 1.000");
        assertThat(Texts.get(Locale.ENGLISH, "pager.results", 0L)).isEqualTo("0 results");
        assertThat(Texts.get(Locale.ENGLISH, "pager.results", 1L)).isEqualTo("1 result");
        assertThat(Texts.get(Locale.GERMAN, "pager.results", 1L)).isEqualTo("1 Ergebnis");
    }

    @Test
    void datesInTextsFollowTheLanguage() {
        java.time.LocalDate day = java.time.LocalDate.of(2015, 4, 2);
        assertThat(Texts.date(Locale.ENGLISH, day)).isEqualTo("2015-04-02");
        assertThat(Texts.date(Locale.GERMAN, day)).isEqualTo("02.04.2015");
    }
}
