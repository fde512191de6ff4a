package app.marquee.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import app.marquee.catalog.Movie;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The Bean Validation messages in the request's language, whatever the JVM's default locale. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocaleInterpolatorTest {

    private final ValidatorFactory factory = Validation.buildDefaultValidatorFactory();

    @AfterAll
    void close() {
        factory.close();
    }

    @Test
    void messagesAreInTheLanguageAskedFor() {
        assertThat(messages(Locale.ENGLISH, "title", " ")).containsExactly("Title is required.");
        assertThat(messages(Locale.GERMAN, "title", " ")).containsExactly("Bitte geben Sie einen Titel an.");
        assertThat(messages(Locale.ENGLISH, "title", "x".repeat(Movie.TITLE_MAX + 1)))
                .containsExactly("Title must be at most " + Movie.TITLE_MAX + " characters.");
        assertThat(messages(Locale.GERMAN, "title", "x".repeat(Movie.TITLE_MAX + 1)))
                .containsExactly("Der Titel darf höchstens " + Movie.TITLE_MAX + " Zeichen lang sein.");
    }

    @Test
    void englishStaysEnglishOnAGermanServer() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMAN);
        try {
            assertThat(messages(Locale.ENGLISH, "title", " ")).containsExactly("Title is required.");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void germanHasEveryMessageEnglishHas() throws IOException {
        assertThat(keys("ValidationMessages_de.properties")).isEqualTo(keys("ValidationMessages.properties"));
    }

    private Set<String> messages(Locale locale, String property, Object value) {
        return LocaleInterpolator.validator(factory, locale).validateValue(Movie.class, property, value).stream()
                .map(ConstraintViolation::getMessage)
                .collect(Collectors.toSet());
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LocaleInterpolatorTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames();
    }
}
