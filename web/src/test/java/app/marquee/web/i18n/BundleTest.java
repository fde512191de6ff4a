package app.marquee.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The two languages have the same texts, and every text the pages and the code ask for exists. */
class BundleTest {

    private static final Path BUNDLES = Path.of("src/main/resources/app/marquee/web/i18n");
    private static final Path TEMPLATES = Path.of("src/main/webapp/WEB-INF/views");
    private static final Path SOURCES = Path.of("src/main/java");
    // #{key} and #{key(...)} in templates; a key is dotted lower-camel words.
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)");
    // Texts.get(locale, "key" ...) and text("key" ...) in Java code.
    private static final Pattern CODE_KEY =
            Pattern.compile("(?:Texts\\.get\\([^,()]+(?:\\([^)]*\\))?,|text\\()\\s*\"([^\"]+)\"");

    @Test
    void germanAndEnglishHaveTheSameKeys() throws IOException {
        for (String bundle : List.of("pages", "messages")) {
            assertThat(keys(bundle + "_de"))
                    .as(bundle + "_de against " + bundle)
                    .isEqualTo(keys(bundle));
        }
    }

    @Test
    void everyKeyATemplateUsesIsInTheBundles() throws IOException {
        Set<String> known = new TreeSet<>(keys("pages"));
        known.addAll(keys("messages"));
        Set<String> used = used(TEMPLATES, ".html", TEMPLATE_KEY);

        assertThat(used).as("keys the templates use").isNotEmpty();
        assertThat(known).as("keys in pages.properties and messages.properties").containsAll(used);
    }

    @Test
    void everyKeyTheCodeUsesIsInTheMessagesBundle() throws IOException {
        Set<String> used = used(SOURCES, ".java", CODE_KEY);

        assertThat(keys("messages")).containsAll(used);
    }

    @Test
    void textsAreReadInTheRequestedLanguageWithParameters() {
        assertThat(Texts.find(Locale.GERMAN, "footer.language")).isEqualTo("Sprache");
        assertThat(Texts.find(Locale.ENGLISH, "footer.language")).isEqualTo("Language");
        assertThat(Texts.find(Locale.FRENCH, "footer.language"))
                .as("a language Marquee lacks: English")
                .isEqualTo("Language");
        assertThat(Texts.find(Locale.GERMAN, "no.such.key")).isNull();
    }

    private static Set<String> used(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        return used;
    }

    private static Set<String> keys(String bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(bundle + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
