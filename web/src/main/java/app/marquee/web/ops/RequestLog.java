package app.marquee.web.ops;

import app.marquee.history.ChangeOrigin;
import app.marquee.history.Channel;
import app.marquee.web.errors.ErrorReply;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * One access line per request, its request id, and the request metrics.
 *
 * <p>The request id is the caller's {@code X-Request-Id} when it is a short plain token, else a new
 * one; it is sent back in the response. While the request runs, the id is appended to the name of the
 * thread serving it: Payara's log format prints the thread name on every line, so every line logged
 * for that request (Marquee's, Hibernate's, the container's) carries the id without each logger
 * knowing about it.
 *
 * <p>The access line names the method, the path (without query string or path parameters, which is
 * where a session id could appear), the status, the duration and who made the request: the signed-in
 * user, or the subject of the bearer token, or {@code -}. No header, cookie or parameter is logged.
 */
@WebFilter(filterName = "requestLog", urlPatterns = "/*", asyncSupported = true)
public class RequestLog extends HttpFilter {

    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    /** Request attribute: the endpoint's route template, set by {@link EndpointNames}. */
    public static final String ENDPOINT = "app.marquee.endpoint";
    /** Request attribute: the verified bearer token's subject, set by the token filter. */
    public static final String TOKEN_SUBJECT = "app.marquee.tokenSubject";

    static final String ACCESS_LOGGER = "app.marquee.access";
    static final String REQUESTS = "marquee.requests";
    static final String RESPONSES = "marquee.responses";
    static final String WRITES = "marquee.writes";

    private static final Logger ACCESS = Logger.getLogger(ACCESS_LOGGER);
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    // Served by Payara itself at the root context, where Marquee's filter sees them too.
    private static final Pattern CONTAINER_ENDPOINTS =
            Pattern.compile("/(health(/(live|ready|started))?|metrics(/(base|vendor|application))?|openapi)");

    @Inject
    MetricRegistry metrics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = RequestIds.accept(request.getHeader(REQUEST_ID_HEADER));
        response.setHeader(REQUEST_ID_HEADER, id);
        Thread thread = Thread.currentThread();
        String threadName = thread.getName();
        thread.setName(threadName + " request=" + id);
        long start = System.nanoTime();
        boolean failed = true;
        // Changes made while serving the request are recorded in the history as the caller's; the
        // caller is asked for when a change is recorded, after authentication has run.
        Channel channel = ErrorReply.isApiRequest(request) ? Channel.API : Channel.PAGE;
        try (ChangeOrigin.Scope origin = ChangeOrigin.open(() -> user(request), channel, id)) {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            // An exception that escapes every mapper becomes the container's 500.
            int status = failed ? 500 : response.getStatus();
            String endpoint = endpoint(request);
            record(request.getMethod(), endpoint, status, took);
            ACCESS.info(AccessLine.of(request.getMethod(), request.getRequestURI(), status, took, user(request), id));
            thread.setName(threadName);
        }
    }

    private void record(String method, String endpoint, int status, Duration took) {
        Tag endpointTag = new Tag("endpoint", endpoint);
        metrics.timer(REQUESTS, endpointTag).update(took);
        metrics.counter(RESPONSES, endpointTag, new Tag("status", Integer.toString(status)))
                .inc();
        // Signing in and out changes no catalogue record and no account.
        if (!READS.contains(method)
                && status < 400
                && !endpoint.startsWith("/signin")
                && !endpoint.startsWith("/signout")) {
            metrics.counter(WRITES, endpointTag).inc();
        }
    }

    private static String endpoint(HttpServletRequest request) {
        Object matched = request.getAttribute(ENDPOINT);
        if (matched != null) {
            return matched.toString();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (CONTAINER_ENDPOINTS.matcher(path).matches()) {
            return request.getMethod() + " " + path;
        }
        // Static files and unmatched addresses: two series, not one per address tried.
        return path.startsWith("/css/") || path.startsWith("/js/") || path.equals("/favicon.ico")
                ? "static"
                : "unmatched";
    }

    private static String user(HttpServletRequest request) {
        String user = request.getRemoteUser();
        if (user == null && request.getAttribute(TOKEN_SUBJECT) != null) {
            user = request.getAttribute(TOKEN_SUBJECT).toString();
        }
        return user;
    }
}
