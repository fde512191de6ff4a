package app.marquee.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON API as a client sees it, at the URL Arquillian deployed the application to (its context
 * path is not "/" under test), with the test-only reset and row counts of {@link CatalogSupportServlet}.
 * One HTTP/1.1 client ({@link Http}) sends every request of an instance.
 */
final class ApiClient {

    static final String JSON = "application/json";

    private final String base;
    private final HttpClient http = Http.client().build();

    ApiClient(URL deployment) {
        String url = deployment.toExternalForm();
        this.base = url.endsWith("/") ? url : url + "/";
    }

    String url(String path) {
        return base + path;
    }

    /**
     * A Location header resolved against the deployment, as a client does; the application sends
     * paths of its own site, never an absolute URL built from the request's Host header.
     */
    String resolve(String location) {
        assertThat(location).as("Location is a path on this site").startsWith("/");
        return URI.create(base).resolve(location).toString();
    }

    /** A request with no header of its own. */
    Request request() {
        return new Request();
    }

    /** A request without credentials that asks for JSON ({@code Accept: application/json}). */
    Request anonymous() {
        return request().header("Accept", JSON);
    }

    /** A request asking for JSON with {@code Authorization: Bearer <token>}. */
    Request as(String token) {
        return anonymous().header("Authorization", "Bearer " + token);
    }

    ApiReply get(String path) {
        return anonymous().get(path);
    }

    void resetCatalog() {
        request().post("it/catalog/reset").assertStatus(204);
    }

    Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        request()
                .get("it/catalog/counts")
                .assertStatus(200)
                .json()
                .map("")
                .forEach((table, rows) -> counts.put(table, ((Number) rows).intValue()));
        return counts;
    }

    /** Everything the API shows of the catalogue, to compare before and after a refused request. */
    String snapshot() {
        return get("api/movies?size=100").assertStatus(200).body()
                + get("api/actors?size=100").assertStatus(200).body()
                + counts();
    }

    long movieId(String title) {
        return onlyId(get("api/movies?size=100"), "title", title);
    }

    long actorId(String name) {
        return onlyId(get("api/actors?size=100"), "name", name);
    }

    private static long onlyId(ApiReply page, String field, String value) {
        List<Long> ids = page.assertStatus(200).json().each("items").stream()
                .filter(item -> value.equals(item.string(field)))
                .map(item -> item.longValue("id"))
                .toList();
        assertThat(ids).as("items whose %s is %s", field, value).hasSize(1);
        return ids.get(0);
    }

    /**
     * Asserts an RFC 9457 problem answer with this status, and that it gives nothing away: no
     * exception names or stack frames. Returns it for further checks.
     */
    static ApiReply assertProblem(ApiReply reply, int status) {
        assertThat(reply.status()).as("status of %s", reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        Json json = reply.json();
        assertThat(json.integer("status")).isEqualTo(status);
        assertThat(json.string("type")).isNotBlank();
        assertThat(json.string("title")).isNotBlank();
        assertThat(json.string("detail")).isNotBlank();
        assertThat(reply.body()).doesNotContain("Exception", "\tat ", "org.glassfish", "yasson", "parsson");
        return reply;
    }

    /**
     * One request being put together. A path is taken relative to the deployment (as {@link #url}),
     * an address starting with {@code http:} or {@code https:} as it is; either is sent exactly as
     * written, percent-escapes included, and never encoded again. Content-Type is sent only when set,
     * with or without a body.
     */
    final class Request {

        private final List<Map.Entry<String, String>> headers = new ArrayList<>();
        private String contentType;
        private byte[] body;

        private Request() {}

        /** Adds a header; a second one of the same name is a second header line. */
        Request header(String name, String value) {
            headers.add(Map.entry(name, value));
            return this;
        }

        /** The Content-Type to send, even without a body. */
        Request contentType(String type) {
            this.contentType = type;
            return this;
        }

        /** The body as UTF-8, of the Content-Type set (none if none is). */
        Request body(String text) {
            return body(text.getBytes(StandardCharsets.UTF_8));
        }

        /** The body exactly as these bytes, for bodies that are not UTF-8. */
        Request body(byte[] bytes) {
            this.body = bytes.clone();
            return this;
        }

        Request body(String text, String type) {
            return contentType(type).body(text);
        }

        /** A JSON body, as UTF-8 (as JSON is) with {@code Content-Type: application/json}. */
        Request json(String text) {
            return body(text, JSON);
        }

        ApiReply get(String path) {
            return send("GET", path);
        }

        ApiReply post(String path) {
            return send("POST", path);
        }

        ApiReply put(String path) {
            return send("PUT", path);
        }

        ApiReply delete(String path) {
            return send("DELETE", path);
        }

        ApiReply send(String method, String path) {
            URI uri = URI.create(path.startsWith("http:") || path.startsWith("https:") ? path : url(path));
            HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(h -> request.header(h.getKey(), h.getValue()));
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            HttpResponse<String> response = Http.send(http, request, HttpResponse.BodyHandlers.ofString());
            return new ApiReply(
                    method,
                    uri,
                    response.statusCode(),
                    response.headers(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        }
    }
}
