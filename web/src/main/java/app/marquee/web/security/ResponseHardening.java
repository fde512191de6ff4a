package app.marquee.web.security;

import app.marquee.web.errors.ErrorPage;
import app.marquee.web.i18n.Texts;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What every answer carries, whoever produced it (a page, the API, a static file, an error page):
 * <ul>
 *   <li>the security headers: a Content-Security-Policy that allows nothing inline and nothing from
 *       elsewhere, {@code nosniff}, a referrer policy, and HSTS when {@code marquee.https=true};</li>
 *   <li>{@code Cache-Control: no-store} on pages for someone signed in, which may show their forms;</li>
 *   <li>redirects that never repeat the request's {@code Host} header: a {@code Location} is sent as a
 *       path of this site, or on {@code marquee.base-url} when one is configured;</li>
 *   <li>cookies (Krazo's flash-message cookie) that are HttpOnly, SameSite=Lax, Secure under
 *       {@code marquee.https}, and scoped to the whole application even at the root context.</li>
 * </ul>
 * It also refuses addresses that carry a session id ({@code ;jsessionid=}): a session is joined only
 * through its cookie, so nobody can hand someone else a link into their session.
 */
public class ResponseHardening extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; frame-ancestors 'none';" + " form-action 'self'; base-uri 'self'; object-src 'none'";
    static final String KRAZO_COOKIE = "org.eclipse.krazo.redirect.Cookie";

    private boolean https;
    private String baseUrl;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        https = ConfigProvider.getConfig()
                .getOptionalValue("marquee.https", Boolean.class)
                .orElse(false);
        baseUrl = baseUrl(ConfigProvider.getConfig().getOptionalValue("marquee.base-url", String.class));
    }

    /**
     * The security headers every answer carries, in the order they are sent. Also used for the answers
     * Marquee gives before the servlet container is involved (app.marquee.web.transport).
     *
     * @param https whether Marquee is served over HTTPS ({@code marquee.https}): adds HSTS
     */
    public static Map<String, String> securityHeaders(boolean https) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.put("X-Frame-Options", "DENY");
        if (https) {
            headers.put("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        return Collections.unmodifiableMap(headers);
    }

    static String baseUrl(Optional<String> configured) {
        return configured
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> s.endsWith("/") ? s.substring(0, s.length() - 1) : s)
                .orElse(null);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        securityHeaders(https).forEach(response::setHeader);
        if (request.getRemoteUser() != null && !isStatic(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (request.getDispatcherType() == DispatcherType.REQUEST && request.isRequestedSessionIdFromURL()) {
            request.setAttribute(
                    ErrorPage.DETAIL, (Function<Locale, String>) locale -> Texts.get(locale, "address.sessionId"));
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, new Hardened(response, request.getContextPath(), https, baseUrl));
    }

    private static boolean isStatic(HttpServletRequest request) {
        return "/css".equals(request.getServletPath()) || "/js".equals(request.getServletPath());
    }

    /**
     * The {@code Location} to send for {@code location}: an absolute URL loses its scheme and host (they
     * came from the request's Host header), leaving a path on this site, which is then put on the
     * configured base URL if there is one. Relative references stay as they are.
     */
    static String location(String location, String baseUrl) {
        URI uri;
        try {
            uri = URI.create(location.strip());
        } catch (IllegalArgumentException e) {
            return baseUrl == null ? "/" : baseUrl + "/";
        }
        if (uri.getScheme() == null && uri.getRawAuthority() == null && !location.startsWith("/")) {
            return location; // relative to the current address
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        path = "/" + path.replaceFirst("^/+", ""); // "//host" would be another site
        String rest = (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        return (baseUrl == null ? "" : baseUrl) + path + rest;
    }

    static final class Hardened extends HttpServletResponseWrapper {

        private final String contextPath;
        private final boolean https;
        private final String baseUrl;

        Hardened(HttpServletResponse response, String contextPath, boolean https, String baseUrl) {
            super(response);
            this.contextPath = contextPath;
            this.https = https;
            this.baseUrl = baseUrl;
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, isLocation(name, value) ? location(value, baseUrl) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, isLocation(name, value) ? location(value, baseUrl) : value);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            // The container would make the address absolute with the Host header; send it ourselves.
            resetBuffer();
            setStatus(SC_FOUND);
            setHeader(
                    "Location",
                    location.startsWith("/") || location.contains(":") ? location : contextPath + "/" + location);
        }

        @Override
        public void addCookie(Cookie cookie) {
            if (KRAZO_COOKIE.equals(cookie.getName())
                    && (cookie.getPath() == null || cookie.getPath().isEmpty())) {
                // Krazo scopes it to the context path, which is empty at the root context; the browser
                // would then scope it to the posting URL's folder and the next page would not see it.
                cookie.setPath("/");
            }
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            if (https) {
                cookie.setSecure(true);
            }
            super.addCookie(cookie);
        }

        private static boolean isLocation(String name, String value) {
            return value != null && "Location".equalsIgnoreCase(name);
        }
    }
}
