package app.marquee.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiTokenTests {

    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");

    private static ApiToken token(String name) {
        Account owner = new Account("editor", "hash", Role.EDITOR, NOW);
        return new ApiToken(owner, name, "token-id", NOW, NOW.plusSeconds(3600));
    }

    private static boolean valid(String name) {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            return factory.getValidator()
                    .validateValue(ApiToken.class, "name", name)
                    .isEmpty();
        }
    }

    @Test
    void theNameIsStoredNormalisedWithoutInvisibleEnds() {
        assertThat(token("\u200b laptop\u00a0").getName()).isEqualTo("laptop");
        assertThat(token("Cafe\u0301 script").getName()).isEqualTo("Café script");
    }

    @Test
    void aNameOfOnlyInvisibleCharactersIsBlank() {
        assertThat(token("\u200b\u200b").getName()).isEmpty();
        assertThat(valid("")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"laptop\u202eevil", "tab\there", "nul\u0000"})
    void aNameWithControlOrDirectionCharactersIsRefused(String name) {
        assertThat(valid(name)).isFalse();
    }

    @Test
    void anOrdinaryNameIsValid() {
        assertThat(valid("CI on the build server")).isTrue();
    }
}
