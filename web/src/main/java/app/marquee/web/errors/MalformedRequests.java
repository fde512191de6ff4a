package app.marquee.web.errors;

import app.marquee.web.i18n.Languages;
import app.marquee.web.i18n.Texts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Refuses, before anything else reads them, requests that are malformed as HTTP rather than wrong
 * in their content: an address with a broken percent-encoding ({@code %zz}, {@code %u0031}) or an
 * encoded NUL, a missing, empty or repeated {@code Host} header, TRACE and unknown methods, and under
 * {@code /api} a {@code Content-Type} or {@code Accept} that is not a media type, or two {@code If-Match}
 * headers. Each gets a 400 (or
 * 405) through {@link ErrorPage}, with a message saying what was wrong, instead of whatever the
 * framework would make of it further in (an empty 200 and a stack trace in the log, for some).
 * On Payara the broken escapes in the path and the empty Host never get here: Payara fails on them
 * before any filter runs, so {@code app.marquee.web.transport.UndecodableRequests} refuses them first.
 */
public class MalformedRequests extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "\\s*" + TOKEN + "/" + TOKEN + "(\\s*;\\s*" + TOKEN + "\\s*=\\s*(" + TOKEN + "|\"[^\"\\\\]*\"))*\\s*");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String query = request.getQueryString();
        Optional<Function<Locale, String>> problem = problemIn(
                request.getMethod(),
                request.getRequestURI() + (query == null ? "" : "?" + query),
                request.getContextPath(),
                Collections.list(request.getHeaders("Host")),
                request.getHeader("Content-Type"),
                Collections.list(request.getHeaders("Accept")),
                Collections.list(request.getHeaders("If-Match")));
        if (problem.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(ErrorPage.DETAIL, problem.get());
        if (!METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD, POST, PUT, DELETE, OPTIONS");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        } else {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    /**
     * What is malformed about the request, or empty when nothing is.
     *
     * @param rawUri the address as sent, with its query string
     */
    static Optional<String> problem(
            String method,
            String rawUri,
            String contextPath,
            List<String> hosts,
            String contentType,
            List<String> accepts,
            List<String> ifMatches) {
        return problemIn(method, rawUri, contextPath, hosts, contentType, accepts, ifMatches)
                .map(inLanguage -> inLanguage.apply(Languages.DEFAULT));
    }

    /** What is malformed about the request, in the language of the answer; empty when nothing is. */
    static Optional<Function<Locale, String>> problemIn(
            String method,
            String rawUri,
            String contextPath,
            List<String> hosts,
            String contentType,
            List<String> accepts,
            List<String> ifMatches) {
        if ("TRACE".equals(method)) {
            return Optional.of(locale -> Texts.get(locale, "malformed.trace"));
        }
        if (!METHODS.contains(method)) {
            return Optional.of(locale -> Texts.get(locale, "malformed.method", method));
        }
        if (hosts.size() != 1 || hosts.get(0).isBlank()) {
            return Optional.of(locale -> Texts.get(locale, "malformed.host"));
        }
        Optional<Function<Locale, String>> address = addressProblem(rawUri);
        if (address.isPresent()) {
            return address;
        }
        String withoutQuery = rawUri.indexOf('?') < 0 ? rawUri : rawUri.substring(0, rawUri.indexOf('?'));
        String path = withoutQuery.substring(Math.min(withoutQuery.length(), contextPath.length()));
        if (ErrorReply.isApiPath(path)) {
            if (contentType != null && !MEDIA_TYPE.matcher(contentType).matches()) {
                return Optional.of(locale -> Texts.get(locale, "malformed.contentType"));
            }
            if (ifMatches.size() > 1) {
                // Which one would count? JAX-RS takes the first; a client sending two has lost track.
                return Optional.of(locale -> Texts.get(locale, "malformed.ifMatch"));
            }
            for (String accept : accepts) {
                for (String range : accept.split(",")) {
                    if (!range.isBlank() && !MEDIA_TYPE.matcher(range).matches()) {
                        return Optional.of(locale -> Texts.get(locale, "malformed.accept"));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Function<Locale, String>> addressProblem(String rawUri) {
        for (int i = 0; i < rawUri.length(); i++) {
            char c = rawUri.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return Optional.of(locale -> Texts.get(locale, "malformed.control"));
            }
            if (c == '%') {
                if (i + 2 >= rawUri.length() || !isHex(rawUri.charAt(i + 1)) || !isHex(rawUri.charAt(i + 2))) {
                    return Optional.of(locale -> Texts.get(locale, "malformed.percent"));
                }
                if (rawUri.charAt(i + 1) == '0' && rawUri.charAt(i + 2) == '0') {
                    return Optional.of(locale -> Texts.get(locale, "malformed.nul"));
                }
                i += 2;
            }
        }
        return Optional.empty();
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
