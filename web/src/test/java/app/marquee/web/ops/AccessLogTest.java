package app.marquee.web.ops;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The pieces of the access line, the request id and the start-up summary that need no server. */
class AccessLogTest {

    @Test
    void accessLineHasMethodPathStatusDurationUserAndRequestId() {
        assertThat(AccessLine.of("GET", "/movies/2", 200, Duration.ofMillis(12), null, "abc"))
                .isEqualTo("GET /movies/2 200 12ms - request=abc");
        assertThat(AccessLine.of("POST", "/api/movies", 201, Duration.ofMillis(48), "alice", "abc"))
                .isEqualTo("POST /api/movies 201 48ms alice request=abc");
    }

    @Test
    void accessLineDropsPathParametersWhereASessionIdCouldBe() {
        assertThat(AccessLine.path("/movies;jsessionid=ABC123/2")).isEqualTo("/movies/2");
    }

    @Test
    void accessLineCannotBeSplitOrForgedByWhatTheClientSent() {
        assertThat(AccessLine.of("GET", "/a b\nGET /forged", 404, Duration.ZERO, "eve\r\nx", "id"))
                .doesNotContain("\n")
                .doesNotContain("\r")
                .startsWith("GET /a?b?GET?/forged 404 0ms eve??x ");
    }

    @Test
    void callersRequestIdIsKeptWhenItIsAShortPlainToken() {
        assertThat(RequestIds.accept("deploy-check_7.1:a")).isEqualTo("deploy-check_7.1:a");
    }

    @Test
    void missingOrUnsafeRequestIdsAreReplacedByANewOne() {
        assertThat(RequestIds.accept(null)).matches("[0-9a-f-]{36}");
        assertThat(RequestIds.accept("two words")).matches("[0-9a-f-]{36}");
        assertThat(RequestIds.accept("x".repeat(65))).matches("[0-9a-f-]{36}");
        assertThat(RequestIds.accept("")).matches("[0-9a-f-]{36}");
    }

    @Test
    void startupSummaryMasksPasswordsInDatabaseUrls() {
        assertThat(StartupSummary.withoutPassword("jdbc:postgresql://db:5432/marquee?user=m&password=secret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/marquee?user=m&password=***&ssl=true");
        assertThat(StartupSummary.withoutPassword("jdbc:mariadb://m:secret@db/marquee"))
                .isEqualTo("jdbc:mariadb://m:***@db/marquee");
        assertThat(StartupSummary.withoutPassword("jdbc:h2:~/.marquee/marquee;DB_CLOSE_ON_EXIT=FALSE;PASSWORD=x"))
                .isEqualTo("jdbc:h2:~/.marquee/marquee;DB_CLOSE_ON_EXIT=FALSE;PASSWORD=***");
    }

    @Test
    void endpointIsNamedByItsRouteTemplateWithoutRegularExpressions() {
        assertThat(EndpointNames.template(path("api/movies"), path("{id}"))).isEqualTo("/api/movies/{id}");
        assertThat(EndpointNames.template(path("/actors/{actorId}/contacts"), path("{contactId: [0-9]+}/edit")))
                .isEqualTo("/actors/{actorId}/contacts/{contactId}/edit");
        assertThat(EndpointNames.template(path("movies"), null)).isEqualTo("/movies");
        assertThat(EndpointNames.template(path("/"), null)).isEqualTo("/");
    }

    private static Path path(String value) {
        return new Path() {
            @Override
            public String value() {
                return value;
            }

            @Override
            public Class<Path> annotationType() {
                return Path.class;
            }
        };
    }
}
