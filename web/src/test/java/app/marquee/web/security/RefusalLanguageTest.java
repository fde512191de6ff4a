package app.marquee.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A refused token's problem title and detail, in English as always and in German. */
class RefusalLanguageTest {

    @Test
    void aWrongSchemeInBothLanguages() {
        TokenRejectedException e = catchThrowableOfType(
                TokenRejectedException.class, () -> BearerTokenFilter.bearerToken(List.of("Basic abc")));

        assertThat(e.refusal()).isEqualTo(Refusal.NOT_BEARER);
        assertThat(e.detail())
                .isEqualTo("The Authorization header uses the 'Basic' scheme; this API accepts only"
                        + " 'Authorization: Bearer <JWT>'.");
        assertThat(e.detail(Locale.GERMAN))
                .isEqualTo("Die Authorization-Kopfzeile verwendet das Schema 'Basic';"
                        + " diese API nimmt nur 'Authorization: Bearer <JWT>' an.");
        assertThat(e.refusal().title(Locale.ENGLISH))
                .isEqualTo(e.refusal().title)
                .isEqualTo("Not a bearer token");
        assertThat(e.refusal().title(Locale.GERMAN)).isEqualTo("Kein Bearer-Token");
    }

    @Test
    void everyTitleInEnglishIsTheOneBefore() {
        for (Refusal refusal : Refusal.values()) {
            assertThat(refusal.title(Locale.ENGLISH)).as(refusal.name()).isEqualTo(refusal.title);
            assertThat(refusal.title(Locale.GERMAN)).as(refusal.name()).isNotBlank();
        }
    }

    @Test
    void severalHeadersAreCountedWithoutGrouping() {
        TokenRejectedException e = catchThrowableOfType(
                TokenRejectedException.class, () -> BearerTokenFilter.bearerToken(List.of("Bearer a", "Bearer b")));
        assertThat(e.detail()).isEqualTo("The request has 2 Authorization headers; send exactly one.");
    }
}
