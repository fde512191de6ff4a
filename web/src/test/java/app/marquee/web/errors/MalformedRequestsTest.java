package app.marquee.web.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MalformedRequestsTest {

    private static java.util.Optional<String> get(String uri) {
        return MalformedRequests.problem("GET", uri, "", List.of("localhost"), null, List.of(), List.of());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/movies/%zz",
                "/%",
                "/movies/%u0031",
                "/api/movies/%zz",
                "/movies/%00",
                "/movies/1%0",
                "/movies?q=%zz",
                "/movies?q=a%00b",
                "/api/movies?q=%"
            })
    void brokenPercentEncodingsAndNulAreRefused(String uri) {
        assertThat(get(uri)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/movies/7", "/movies?q=caf%C3%A9", "/actors/%D9%A1", "/movies%2F7"})
    void wellFormedAddressesPass(String uri) {
        assertThat(get(uri)).isEmpty();
    }

    @Test
    void exactlyOneNonEmptyHostIsNeeded() {
        assertThat(MalformedRequests.problem("GET", "/", "", List.of(), null, List.of(), List.of()))
                .isPresent();
        assertThat(MalformedRequests.problem("GET", "/", "", List.of(""), null, List.of(), List.of()))
                .isPresent();
        assertThat(MalformedRequests.problem("GET", "/", "", List.of("a", "b"), null, List.of(), List.of()))
                .isPresent();
    }

    @Test
    void traceIsRefused() {
        assertThat(MalformedRequests.problem("TRACE", "/", "", List.of("a"), null, List.of(), List.of()))
                .isPresent();
        assertThat(MalformedRequests.problem("GARBAGE", "/", "", List.of("a"), null, List.of(), List.of()))
                .isPresent();
        assertThat(MalformedRequests.problem("PATCH", "/", "", List.of("a"), null, List.of(), List.of()))
                .isEmpty();
    }

    @Test
    void unparseableMediaTypesAreRefusedUnderTheApiOnly() {
        assertThat(MalformedRequests.problem(
                        "POST", "/ctx/api/movies", "/ctx", List.of("a"), "@@@/;;;", List.of(), List.of()))
                .isPresent();
        assertThat(MalformedRequests.problem(
                        "GET", "/ctx/api/movies", "/ctx", List.of("a"), null, List.of("@@@"), List.of()))
                .isPresent();
        assertThat(MalformedRequests.problem(
                        "POST",
                        "/ctx/api/movies",
                        "/ctx",
                        List.of("a"),
                        "application/json; charset=UTF-8",
                        List.of("application/json, */*;q=0.8"),
                        List.of()))
                .isEmpty();
        assertThat(MalformedRequests.problem("POST", "/ctx/movies", "/ctx", List.of("a"), "@@@", List.of(), List.of()))
                .isEmpty();
    }

    @Test
    void twoIfMatchHeadersOnTheApiAreRefused() {
        assertThat(MalformedRequests.problem(
                        "PUT",
                        "/api/movies/1",
                        "",
                        List.of("a"),
                        "application/json",
                        List.of(),
                        List.of("\"1\"", "\"2\"")))
                .hasValueSatisfying(m -> assertThat(m).contains("If-Match"));
        assertThat(MalformedRequests.problem(
                        "PUT", "/api/movies/1", "", List.of("a"), "application/json", List.of(), List.of("\"1\"")))
                .isEmpty();
    }
}
