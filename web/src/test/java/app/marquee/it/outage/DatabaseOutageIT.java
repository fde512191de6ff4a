package app.marquee.it.outage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.marquee.it.Deployments;
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

/** What a user sees while the database is unreachable, and that the next request after it is back works. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseOutageIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.marquee();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @AfterEach
    void databaseIsBack() {
        DatabaseProxy.get().open();
    }

    @Test
    void pagesSayTheDatabaseIsUnavailableAndWorkAgainOnceItIsBack() throws Exception {
        assertEquals(200, get("movies").statusCode());

        DatabaseProxy.get().cut();
        HttpResponse<String> down = get("movies");
        assertEquals(503, down.statusCode());
        assertTrue(down.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(down.body().contains("cannot be reached"), down.body());
        assertTrue(!down.body().contains("Exception") && !down.body().contains("at app.marquee"), down.body());

        DatabaseProxy.get().open();
        HttpResponse<String> back = get("movies");
        assertEquals(200, back.statusCode(), back.body());
        assertTrue(back.body().contains("<h1>Movies</h1>"));
    }

    @Test
    void apiRequestsGetAProblemDocumentWhileTheDatabaseIsDown() throws Exception {
        DatabaseProxy.get().cut();
        HttpResponse<String> down = get("api/nothing-that-needs-the-database");
        // An unknown API path never touches the database: still an ordinary 404 problem.
        assertEquals(404, down.statusCode());
        assertEquals("application/problem+json", down.headers().firstValue("Content-Type").orElse(""));
    }
}
