package app.marquee.web.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Error pages and refusals of the filters in the language of the answer. */
class ErrorLanguageTest {

    @Test
    void statusTitlesAndDetails() {
        assertThat(ErrorPage.title(404, Locale.ENGLISH)).isEqualTo("Not found");
        assertThat(ErrorPage.title(404, Locale.GERMAN)).isEqualTo("Nicht gefunden");
        assertThat(ErrorPage.title(502, Locale.ENGLISH)).isEqualTo("Something went wrong");
        assertThat(ErrorPage.detail(418, Locale.GERMAN)).isEqualTo("Die Anfrage wurde abgelehnt.");
        assertThat(ErrorPage.title(405, Locale.ENGLISH, "Method Not Allowed")).isEqualTo("Method Not Allowed");
        assertThat(ErrorPage.title(405, Locale.GERMAN, "Method Not Allowed")).isEqualTo("Methode nicht erlaubt");
    }

    @Test
    void aDetailGivenPerLanguage() {
        Function<Locale, String> detail = locale -> locale.getLanguage().equals("de") ? "Deutsch" : "English";
        assertThat(ErrorPage.detail(detail, 400, Locale.GERMAN)).isEqualTo("Deutsch");
        assertThat(ErrorPage.detail("As given", 400, Locale.GERMAN)).isEqualTo("As given");
        assertThat(ErrorPage.detail(null, 403, Locale.ENGLISH)).isEqualTo("You are not allowed to see this.");
    }

    @Test
    void malformedRequestsInBothLanguages() {
        var percent = MalformedRequests.problemIn("GET", "/a%zz", "", List.of("h"), null, List.of(), List.of());
        assertThat(percent.map(p -> p.apply(Locale.ENGLISH)))
                .hasValue("The address has a '%' that is not followed by two hexadecimal digits.");
        assertThat(percent.map(p -> p.apply(Locale.GERMAN)))
                .hasValue("Die Adresse enthält ein '%', auf das keine zwei Hexadezimalziffern folgen.");
    }
}
