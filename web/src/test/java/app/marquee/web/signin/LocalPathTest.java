package app.marquee.web.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/movies/7/edit", "/movies?q=heat&sort=-title", "/actors/3/contacts/4/edit"})
    void pathsOfThisSiteAreKept(String path) {
        assertThat(LocalPath.of(path)).contains(path);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "//evil.example/x",
                "https://evil.example/",
                "http:/evil.example",
                "javascript:alert(1)",
                "/\\evil.example",
                "\\\\evil.example",
                "evil.example",
                "/movies\r\nSet-Cookie:x",
                "/ movies",
                "/signin",
                "/signin?next=/x",
                "/signout",
                ""
            })
    void anythingThatCouldLeaveTheSiteOrLoopIsRefused(String candidate) {
        assertThat(LocalPath.of(candidate)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void nothingIsNothing() {
        assertThat(LocalPath.of(null)).isEmpty();
        assertThat(LocalPath.of("/" + "a".repeat(2001))).isEmpty();
    }
}
