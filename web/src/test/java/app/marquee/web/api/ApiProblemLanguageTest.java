package app.marquee.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.marquee.web.errors.ErrorReply.FieldError;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A problem document's title, detail and field messages in the language of the request. */
class ApiProblemLanguageTest {

    @Test
    void invalidInputInEnglishAndGerman() {
        ApiProblem problem = ApiProblem.invalid(List.of(
                new ApiFieldError("page", locale -> app.marquee.web.i18n.Texts.get(locale, "param.whole.from", 1)),
                ApiFieldError.fixed("title", "Bitte geben Sie einen Titel an.")));

        assertThat(problem.getMessage()).isEqualTo("2 values are not valid; nothing was changed.");
        assertThat(problem.title.apply(Locale.ENGLISH)).isEqualTo("Invalid input");
        assertThat(problem.fieldErrors(Locale.ENGLISH))
                .containsExactly(
                        new FieldError("page", "Must be a whole number from 1."),
                        new FieldError("title", "Bitte geben Sie einen Titel an."));
        assertThat(problem.title.apply(Locale.GERMAN)).isEqualTo("Ungültige Eingabe");
        assertThat(problem.detail.apply(Locale.GERMAN)).isEqualTo("2 Werte sind ungültig; es wurde nichts geändert.");
        assertThat(problem.fieldErrors(Locale.GERMAN).get(0).message()).isEqualTo("Muss eine ganze Zahl ab 1 sein.");
    }

    @Test
    void staleVersionKeepsTheIdUngrouped() {
        ApiProblem problem = ApiProblem.preconditionFailed("stuntman of actor", 12345);

        assertThat(problem.getMessage())
                .isEqualTo("The stuntman of actor 12345 has changed since the version in"
                        + " If-Match. Nothing was saved; GET it again for the current version and ETag.");
        assertThat(problem.title.apply(Locale.GERMAN)).isEqualTo("Vorbedingung nicht erfüllt");
        assertThat(problem.detail.apply(Locale.GERMAN)).startsWith("Der Stuntman des Darstellers 12345 wurde");
    }

    @Test
    void ifMatchMessageKeepsItsQuotes() {
        assertThat(app.marquee.web.i18n.Texts.get(Locale.ENGLISH, "version.ifMatch"))
                .isEqualTo("Must be one ETag as given by this API, e.g. \"3\", or *.");
        assertThat(app.marquee.web.i18n.Texts.get(Locale.ENGLISH, "version.disagree"))
                .isEqualTo("The body's version and If-Match disagree; send one of them.");
    }
}
