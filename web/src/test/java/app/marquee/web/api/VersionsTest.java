package app.marquee.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.marquee.persistence.StaleEditException;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

class VersionsTest {

    private static final StaleEditException STALE = new StaleEditException("Movie", 7L, 3, 4);

    @Test
    void aStaleWriteBasedOnIfMatchIsAFailedPrecondition() {
        ApiProblem problem = catchThrowableOfType(
                ApiProblem.class,
                () -> Versions.write("\"3\"", "movie", 7, () -> {
                    throw STALE;
                }));
        assertThat(problem).isNotNull();
        assertThat(problem.status).isEqualTo(Status.PRECONDITION_FAILED);
        assertThat(problem.type).isEqualTo(ApiProblem.STALE_VERSION);
        assertThat(problem.getMessage()).startsWith("The movie 7 has changed since the version in If-Match.");
    }

    @Test
    void aStaleWriteBasedOnTheBodyOrOnAnyVersionStaysAStaleEdit() {
        for (String ifMatch : new String[] {null, "", " * "}) {
            StaleEditException stale = catchThrowableOfType(
                    StaleEditException.class,
                    () -> Versions.write(ifMatch, "movie", 7, () -> {
                        throw STALE;
                    }));
            assertThat(stale).as("If-Match %s", ifMatch).isSameAs(STALE);
        }
    }

    @Test
    void aWriteThatIsNotStaleGivesItsResult() {
        assertThat(Versions.write("\"3\"", "movie", 7, () -> "saved")).isEqualTo("saved");
    }
}
