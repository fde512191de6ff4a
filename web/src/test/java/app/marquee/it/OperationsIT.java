package app.marquee.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an operator gets from a running Marquee besides its pages: request ids, one access line per
 * request without secrets, and the metrics the README lists. (Readiness against a failing database
 * is in DatabaseOutageIT, which can cut the database.)
 */
@ExtendWith(ArquillianExtension.class)
class OperationsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.marquee(LogCaptureServlet.class);
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = Http.client().build();

    @BeforeEach
    void captureTheServerLog() throws Exception {
        send(request("it/log").POST(HttpRequest.BodyPublishers.noBody()));
    }

    @AfterEach
    void stopCapturing() throws Exception {
        send(request("it/log").DELETE());
    }

    @Test
    void requestIdFromTheCallerIsSentBackAndCarriedByEveryLineOfItsRequest() throws Exception {
        String id = "it-" + UUID.randomUUID();
        HttpResponse<String> page = send(request("movies").header("X-Request-Id", id));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("X-Request-Id")).hasValue(id);

        List<String> lines = logLinesWith(id);
        assertThat(lines)
                .anySatisfy(line -> assertThat(line)
                        .contains("| app.marquee.access | GET " + base.getPath() + "movies 200 ")
                        .endsWith(" - request=" + id));
        // The id rides on the thread's name, which Payara prints on every line.
        assertThat(lines)
                .allSatisfy(line ->
                        assertThat(line.substring(0, line.indexOf(" | "))).endsWith("request=" + id));
    }

    @Test
    void requestWithoutAUsableIdGetsANewOne() throws Exception {
        HttpResponse<String> none = send(request("movies"));
        HttpResponse<String> unusable = send(request("movies").header("X-Request-Id", "two words;<script>"));
        assertThat(none.headers().firstValue("X-Request-Id").orElseThrow()).matches("[0-9a-f-]{36}");
        assertThat(unusable.headers().firstValue("X-Request-Id").orElseThrow()).matches("[0-9a-f-]{36}");
        assertThat(logLinesWith("<script>")).isEmpty();
    }

    @Test
    void accessLineNamesTheTokenSubjectAndNoLineShowsTokensOrSessionIds() throws Exception {
        String token = TestTokens.editor();
        String sessionId = "it-session-" + UUID.randomUUID();
        HttpResponse<String> ping = send(request("api/secured/ping")
                .header("Authorization", "Bearer " + token)
                .header("Cookie", "JSESSIONID=" + sessionId));
        assertThat(ping.statusCode()).isEqualTo(200);
        String refusedToken = "eyJhbGciOiJub25lIn0." + UUID.randomUUID();
        HttpResponse<String> refused = send(request("api/movies")
                .header("Authorization", "Bearer " + refusedToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(refused.statusCode()).isEqualTo(401);

        String id = ping.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(logLinesWith(id))
                .anySatisfy(line -> assertThat(line)
                        .contains("GET " + base.getPath() + "api/secured/ping 200 ")
                        .endsWith(" alice request=" + id));
        String log = capturedLog();
        assertThat(log)
                .contains("POST " + base.getPath() + "api/movies 401 ")
                .doesNotContain(token)
                .doesNotContain(token.substring(token.lastIndexOf('.') + 1))
                .doesNotContain(refusedToken)
                .doesNotContain(sessionId);
    }

    @Test
    void metricsCountRequestsPerEndpointWritesRefusalsThePoolAndHibernate() throws Exception {
        send(request("movies"));
        send(request("api/movies/" + Integer.MAX_VALUE));
        String created = send(request("api/movies")
                        .header("Authorization", "Bearer " + TestTokens.editor())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"title\":\"Heat\",\"releaseDate\":\"1995-12-15\"}")))
                .headers()
                .firstValue("Location")
                .orElseThrow();
        assertThat(send(request(created.substring(created.indexOf("api/movies/")))
                                .DELETE()
                                .header("Authorization", "Bearer " + TestTokens.editor()))
                        .statusCode())
                .isEqualTo(204);
        send(request("api/movies")
                .header("Authorization", "Bearer not-a-jwt")
                .POST(HttpRequest.BodyPublishers.noBody()));

        // Payara serves the metrics at the server's root, whatever the application's context root.
        String metrics =
                send(HttpRequest.newBuilder(base.toURI().resolve("/metrics"))).body();
        assertThat(metrics)
                .contains("marquee_requests_seconds_count{endpoint=\"GET /movies\"")
                .contains(
                        "marquee_responses_total{endpoint=\"GET /api/movies/{id}\",mp_scope=\"application\",status=\"404\"}")
                .contains("marquee_writes_total{endpoint=\"POST /api/movies\"")
                .contains("marquee_writes_total{endpoint=\"DELETE /api/movies/{id}\"")
                .contains("marquee_token_refusals_total{mp_scope=\"application\",reason=\"token-malformed\"}")
                .contains("marquee_db_pool_in_use{")
                .contains("marquee_db_pool_max_size{mp_scope=\"application\"} 6")
                .contains("marquee_hibernate_statements{")
                .contains("marquee_hibernate_entity_inserts{");
        assertThat(metrics.lines()
                        .filter(line -> line.startsWith("marquee_db_pool_in_use{"))
                        .findFirst()
                        .orElseThrow())
                .endsWith(" 0");
    }

    private List<String> logLinesWith(String text) throws Exception {
        return Arrays.stream(capturedLog().split("\n"))
                .filter(line -> line.contains(text))
                .toList();
    }

    private String capturedLog() throws Exception {
        return send(request("it/log")).body();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aConnectionThatNeverCompletesItsRequestIsClosedByTheListenerReadTimeout() throws Exception {
        // Payara's default keeps such a connection 30 s; the listener is set to 10 s (preboot.asadmin).
        for (String garbage : List.of("GARBAGE\r\n\r\n", "GET /movies HTTP/1.1\r\nHost: x\r\n")) {
            try (Socket socket = new Socket(base.getHost(), base.getPort())) {
                socket.setSoTimeout(25_000);
                socket.getOutputStream().write(garbage.getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                byte[] answer = socket.getInputStream().readAllBytes(); // SocketTimeoutException if held open
                assertThat(new String(answer, StandardCharsets.US_ASCII))
                        .as(garbage)
                        .doesNotContain("Exception");
            }
        }
    }
}
