package app.marquee.web.transport;

import app.marquee.web.errors.RequestBodies;
import app.marquee.web.ops.AccessLine;
import app.marquee.web.security.ResponseHardening;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.EmptyCompletionHandler;
import org.glassfish.grizzly.Grizzly;
import org.glassfish.grizzly.WriteResult;
import org.glassfish.grizzly.attributes.Attribute;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.Protocol;
import org.glassfish.grizzly.http.util.Header;
import org.glassfish.grizzly.http.util.HttpStatus;
import org.glassfish.grizzly.memory.Buffers;

/**
 * Refuses with 400, before Payara reads them, the requests Payara cannot decode: a path with a
 * {@code %} not followed by two hexadecimal digits ({@code /movies/%zz}, {@code /%},
 * {@code /movies/%u0031}), and a {@code Host} header that is there but names no host ({@code Host: },
 * {@code Host: :8080}).
 *
 * <p>Why a Grizzly filter and not a servlet filter ({@code app.marquee.web.errors.MalformedRequests}
 * refuses the same things, but never sees these): Payara's {@code CoyoteAdapter.postParseRequest}
 * decodes the path with Grizzly's {@code URLDecoder} and maps the host before any filter or servlet
 * runs, and catches only {@code CharConversionException}. The decoder throws
 * {@code IllegalArgumentException} or {@code IllegalStateException} for a broken escape, the mapper
 * throws {@code Exception("Host is not set")} for an empty host name; Payara then logs a SEVERE
 * AS-WEB-CORE-00037 with a stack trace and answers 200 with an empty body. So this filter sits in each
 * HTTP network listener's Grizzly filter chain, just before Grizzly's {@code HttpServerFilter}, which
 * hands requests to Payara; {@link UndecodableRequestsInstaller} puts it there. Reported as
 * payara/Payara#8000: drop this package when Marquee runs on a Payara where that is fixed.
 *
 * <p>The answer carries the security headers of every Marquee answer and a small page of its own (no
 * servlet, template or style sheet can be used here). Over HTTP/1 it closes the connection: the
 * client's next bytes are not worth reading. One INFO line is logged per refused request.
 */
public class UndecodableRequests extends BaseFilter {

    private static final Logger LOG = Logger.getLogger(UndecodableRequests.class.getName());

    /** The title of the page this filter answers with. */
    static final String TITLE = "Bad request · Marquee";

    static final String DETAIL = "The address or the Host header of this request could not be read.";
    static final String PAGE = "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\">"
            + "<title>" + TITLE + "</title></head>\n<body>\n<section class=\"error-page\">\n<h1>Bad request</h1>\n"
            + "<p>" + DETAIL + "</p>\n</section>\n</body>\n</html>\n";
    /** The API's answer: a problem document (RFC 9457) like its other errors. */
    static final String PROBLEM =
            "{\"type\":\"about:blank\",\"status\":400,\"title\":\"Bad request\",\"detail\":\"" + DETAIL + "\"}";

    // Grizzly keeps one attribute per name, so a redeployed copy of this class shares it.
    private static final Attribute<Boolean> CLOSING =
            Grizzly.DEFAULT_ATTRIBUTE_BUILDER.createAttribute(UndecodableRequests.class.getName() + ".closing");
    private static final String REFUSED = UndecodableRequests.class.getName() + ".refused";

    private final Map<String, String> securityHeaders;
    private final byte[] page = PAGE.getBytes(StandardCharsets.UTF_8);
    private final byte[] problem = PROBLEM.getBytes(StandardCharsets.UTF_8);

    /** @param https whether Marquee is served over HTTPS ({@code marquee.https}), for the HSTS header */
    public UndecodableRequests(boolean https) {
        securityHeaders = ResponseHardening.securityHeaders(https);
    }

    /**
     * Why Payara could not decode a request with this path and {@code Host} header, or empty when it can.
     * Mirrors Grizzly's {@code URLDecoder} (a {@code %} needs two hexadecimal digits after it) and
     * Grizzly's host parsing (the host name ends at the first {@code :} outside {@code [...]}).
     *
     * @param rawPath the path as sent, still percent-encoded, without the query string (Payara does not
     *     decode the query before the application asks for a parameter, and Marquee answers that itself)
     * @param host the {@code Host} header, or {@code null} when there is none (Grizzly answers a
     *     missing Host on HTTP/1.1 itself, and Payara uses its default host for HTTP/1.0)
     */
    static Optional<String> problem(String rawPath, String host) {
        if (rawPath != null) {
            for (int i = rawPath.indexOf('%'); i >= 0; i = rawPath.indexOf('%', i + 1)) {
                if (i + 2 >= rawPath.length() || !isHex(rawPath.charAt(i + 1)) || !isHex(rawPath.charAt(i + 2))) {
                    return Optional.of("invalid %-escape in the path");
                }
            }
            // These Payara does catch, but answers with an empty 400 of its own.
            Optional<String> decoded = decodedProblem(rawPath);
            if (decoded.isPresent()) {
                return decoded;
            }
        }
        if (host != null && (host.isBlank() || host.strip().startsWith(":"))) {
            return Optional.of("the Host header names no host");
        }
        return Optional.empty();
    }

    /** An escape for NUL or a slash, or escapes that do not decode to UTF-8; the escapes are well-formed. */
    private static Optional<String> decodedProblem(String rawPath) {
        if (rawPath.indexOf('%') < 0) {
            return Optional.empty();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(rawPath.length());
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c == '%') {
                int b = Integer.parseInt(rawPath.substring(i + 1, i + 3), 16);
                if (b == 0) {
                    return Optional.of("an encoded NUL in the path");
                }
                if (b == '/' || b == '\\') {
                    return Optional.of("an encoded slash in the path");
                }
                bytes.write(b);
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return RequestBodies.isUtf8(bytes.toByteArray())
                ? Optional.empty()
                : Optional.of("escapes in the path that are not UTF-8");
    }

    /**
     * Whether the path is the JSON API's. The context root is not known down here, so any path with an
     * {@code api} segment counts; no page has one.
     */
    static boolean isApi(String rawPath) {
        return rawPath != null && (rawPath.contains("/api/") || rawPath.endsWith("/api"));
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    @Override
    public NextAction handleRead(FilterChainContext ctx) throws IOException {
        if (!(ctx.getMessage() instanceof HttpContent content)
                || !(content.getHttpHeader() instanceof HttpRequestPacket request)) {
            return ctx.getInvokeAction();
        }
        if (Boolean.TRUE.equals(CLOSING.get(ctx.getConnection())) || request.getAttribute(REFUSED) != null) {
            // More of a refused request's body, or a request sent after it on a connection being closed.
            return ctx.getStopAction();
        }
        Optional<String> problem = problem(request.getRequestURI(), request.getHeader(Header.Host));
        if (problem.isEmpty()) {
            return ctx.getInvokeAction();
        }
        LOG.info(() -> "Refused a request Payara cannot decode: " + problem.get() + ": "
                + AccessLine.printable(request.getMethod().getMethodString()) + " "
                + AccessLine.printable(String.valueOf(request.getRequestURI())) + " 400");
        refuse(ctx, request);
        return ctx.getStopAction();
    }

    private void refuse(FilterChainContext ctx, HttpRequestPacket request) {
        request.setAttribute(REFUSED, Boolean.TRUE);
        HttpResponsePacket response = request.getResponse();
        response.setStatus(HttpStatus.BAD_REQUEST_400);
        securityHeaders.forEach(response::setHeader);
        boolean api = isApi(request.getRequestURI());
        byte[] body = api ? problem : page;
        response.setContentType(api ? "application/problem+json" : "text/html;charset=UTF-8");
        response.setContentLength(body.length);
        HttpContent answer = HttpContent.builder(response)
                .content(Buffers.wrap(ctx.getMemoryManager(), body))
                .last(true)
                .build();
        if (request.getProtocol() == Protocol.HTTP_2_0) {
            // One stream of a connection that carries others: only this stream ends.
            ctx.write(answer);
            return;
        }
        Connection<?> connection = ctx.getConnection();
        CLOSING.set(connection, Boolean.TRUE);
        request.getProcessingState().setKeepAlive(false);
        response.setHeader(Header.Connection, "close");
        ctx.write(answer, new EmptyCompletionHandler<WriteResult>() {
            @Override
            public void completed(WriteResult result) {
                connection.closeSilently();
            }

            @Override
            public void failed(Throwable error) {
                connection.closeSilently();
            }
        });
    }
}
