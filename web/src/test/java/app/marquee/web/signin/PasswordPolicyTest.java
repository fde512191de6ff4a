package app.marquee.web.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void aLongPasswordThatIsNeitherTheNameNorCommonIsAccepted() {
        assertThat(PasswordPolicy.problem("correct horse battery", "alice")).isEmpty();
    }

    @Test
    void passwordsShorterThanTwelveCharactersAreRefused() {
        assertThat(PasswordPolicy.problem("elevenchars", "alice"))
                .hasValueSatisfying(p -> assertThat(p).contains("12"));
        // counted in characters, not UTF-16 units: twelve emoji are twelve characters
        assertThat(PasswordPolicy.problem("😀".repeat(12), "alice")).isEmpty();
    }

    @Test
    void aPasswordContainingTheAccountNameIsRefusedIgnoringCase() {
        assertThat(PasswordPolicy.problem("my name is ALICE really", "alice"))
                .hasValueSatisfying(p -> assertThat(p).contains("account name"));
    }

    @Test
    void theHundredMostCommonPasswordsAreKnownAndRefused() {
        assertThat(PasswordPolicy.isCommon("password")).isTrue();
        assertThat(PasswordPolicy.isCommon("QWERTYUIOP")).isTrue();
        assertThat(PasswordPolicy.isCommon("correct horse battery")).isFalse();
    }

    @Test
    void emptyAndOverlongPasswordsAreRefused() {
        assertThat(PasswordPolicy.problem("", "alice")).isPresent();
        assertThat(PasswordPolicy.problem(null, "alice")).isPresent();
        assertThat(PasswordPolicy.problem("x".repeat(201), "alice")).isPresent();
    }
}
