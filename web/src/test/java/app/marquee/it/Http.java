package app.marquee.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * How every container test's client ({@link PageClient}, {@link ApiClient} and the few tests that
 * send their own requests) talks to the server:
 * HTTP/1.1 (the server refuses the switch to cleartext HTTP/2 on purpose, and Java's client would
 * ask for it on its first request), no redirects followed, and bounded waits.
 */
public final class Http {

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private Http() {}

    /** A client builder with these settings; the caller may add a cookie handler before building. */
    public static HttpClient.Builder client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(CONNECT_TIMEOUT);
    }

    /** Sends the request with the request timeout; an I/O failure fails the test with the request named. */
    public static <T> HttpResponse<T> send(
            HttpClient client, HttpRequest.Builder builder, HttpResponse.BodyHandler<T> body) {
        HttpRequest request = builder.timeout(REQUEST_TIMEOUT).build();
        try {
            return client.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(request.method() + " " + request.uri() + " interrupted", e);
        }
    }
}
