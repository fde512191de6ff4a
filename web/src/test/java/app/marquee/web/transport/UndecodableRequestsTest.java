package app.marquee.web.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UndecodableRequestsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/movies/%zz", "/%", "/movies/%4", "/movies/%u0031", "/movies%", "/%%41", "/a%4g"})
    void aPercentNotFollowedByTwoHexDigitsIsRefused(String path) {
        assertThat(UndecodableRequests.problem(path, "localhost")).contains("invalid %-escape in the path");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/movies", "/movies/7", "/movies/%41", "/%C3%A9", "/actors/%d9%a1", "/a%25zz"})
    void wellFormedPathsPass(String path) {
        assertThat(UndecodableRequests.problem(path, "localhost")).isEmpty();
    }

    @Test
    void theQueryStringIsNotLookedAt() {
        // Grizzly hands over the path without "?q=%zz"; Marquee's own MalformedRequests answers that one.
        assertThat(UndecodableRequests.problem("/movies", "localhost")).isEmpty();
    }

    @Test
    void aHostHeaderThatNamesNoHostIsRefused() {
        assertThat(UndecodableRequests.problem("/movies", "")).contains("the Host header names no host");
        assertThat(UndecodableRequests.problem("/movies", " ")).isPresent();
        assertThat(UndecodableRequests.problem("/movies", ":8080")).isPresent();
    }

    @Test
    void aMissingHostIsLeftToGrizzlyAndPayara() {
        assertThat(UndecodableRequests.problem("/movies", null)).isEmpty();
        assertThat(UndecodableRequests.problem(null, null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "localhost:8080", "marquee.example", "[::1]:8080", "[::1]", "127.0.0.1:80"})
    void aHostHeaderNamingAHostPasses(String host) {
        assertThat(UndecodableRequests.problem("/movies", host)).isEmpty();
    }

    @Test
    void thePageIsSelfContained() {
        assertThat(UndecodableRequests.PAGE)
                .contains("<title>Bad request · Marquee</title>", "<h1>Bad request</h1>")
                .doesNotContain("href=", "src=", "style");
        assertThat(UndecodableRequests.PAGE.getBytes(StandardCharsets.UTF_8)).hasSizeLessThan(1024);
    }

    @Test
    void apiPathsGetAProblemDocumentAndPagesThePage() {
        assertThat(UndecodableRequests.isApi("/api/movies/%zz")).isTrue();
        assertThat(UndecodableRequests.isApi("/marquee/api/movies/%zz")).isTrue();
        assertThat(UndecodableRequests.isApi("/movies/%zz")).isFalse();
        assertThat(UndecodableRequests.PROBLEM)
                .startsWith("{")
                .endsWith("}")
                .contains("\"status\":400", "\"detail\":\"" + UndecodableRequests.DETAIL + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/movies/1%00", "/movies/%C3%28", "/movies/a%2Fb", "/movies/a%5cb", "/%FF"})
    void escapesPayaraRefusesWithAnEmptyAnswerAreRefusedHereWithAPage(String path) {
        assertThat(UndecodableRequests.problem(path, "localhost")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/movies/Am%C3%A9lie", "/movies/%E2%82%AC", "/movies/caf\u00e9", "/movies/a%20b"})
    void wellFormedUtf8EscapesPass(String path) {
        assertThat(UndecodableRequests.problem(path, "localhost")).isEmpty();
    }
}
