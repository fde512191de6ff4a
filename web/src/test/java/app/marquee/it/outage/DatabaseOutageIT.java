package app.marquee.it.outage;

import static org.assertj.core.api.Assertions.assertThat;

import app.marquee.it.Deployments;
import app.marquee.it.Http;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a user sees while the database is unreachable, that the next request after it is back works,
 * and that readiness follows the database both ways while liveness does not.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseOutageIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.marquee();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = Http.client().build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Payara serves health at the server's root, whatever the application's context root. */
    private HttpResponse<String> health(String which) throws Exception {
        return http.send(
                HttpRequest.newBuilder(base.toURI().resolve("/health/" + which))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @AfterEach
    void databaseIsBack() {
        DatabaseProxy.get().open();
    }

    @Test
    void pagesSayTheDatabaseIsUnavailableAndWorkAgainOnceItIsBack() throws Exception {
        assertThat(get("movies").statusCode()).isEqualTo(200);

        DatabaseProxy.get().cut();
        HttpResponse<String> down = get("movies");
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(down.body()).as(down.body()).contains("cannot be reached");
        assertThat(down.body()).as(down.body()).doesNotContain("Exception", "at app.marquee");

        DatabaseProxy.get().open();
        HttpResponse<String> back = get("movies");
        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        assertThat(back.body()).contains("<h1>Movies</h1>");
    }

    @Test
    void readinessIsDownWhileTheDatabaseIsUnreachableAndUpAgainByItselfOnceItIsBack() throws Exception {
        HttpResponse<String> before = health("ready");
        assertThat(before.statusCode()).as(before.body()).isEqualTo(200);
        assertThat(before.body())
                .contains("\"name\":\"database\"")
                .contains("\"status\":\"UP\"")
                .contains("schemaVersion");

        DatabaseProxy.get().cut();
        long start = System.nanoTime();
        HttpResponse<String> down = health("ready");
        long tookMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(down.statusCode()).as(down.body()).isEqualTo(503);
        assertThat(down.body())
                .contains("\"status\":\"DOWN\"")
                .doesNotContain("jdbc:")
                .doesNotContain("marquee_");
        // The check gives up after a second; the rest is HTTP and Payara's own work.
        assertThat(tookMillis).isLessThan(5_000);
        HttpResponse<String> alive = health("live");
        assertThat(alive.statusCode())
                .as("liveness ignores the database: %s", alive.body())
                .isEqualTo(200);

        DatabaseProxy.get().open();
        HttpResponse<String> back = health("ready");
        for (int tries = 0; back.statusCode() != 200 && tries < 20; tries++) {
            Thread.sleep(500);
            back = health("ready");
        }
        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        assertThat(back.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void apiRequestsGetAProblemDocumentWhileTheDatabaseIsDownAndDataOnceItIsBack() throws Exception {
        assertThat(get("api/movies").statusCode()).isEqualTo(200);

        DatabaseProxy.get().cut();
        HttpResponse<String> down = get("api/movies");
        assertThat(down.statusCode()).as(down.body()).isEqualTo(503);
        assertThat(down.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/problem+json");
        assertThat(down.body())
                .contains("\"status\":503")
                .contains("\"title\"")
                .contains("\"detail\"")
                .doesNotContain("Exception")
                .doesNotContain("jdbc:");
        assertThat(down.headers().firstValue("Retry-After")).isPresent();

        DatabaseProxy.get().open();
        HttpResponse<String> back = get("api/movies");
        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        assertThat(back.body()).contains("\"items\"");
    }
}
