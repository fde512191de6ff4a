package app.marquee.web.signin;

import app.marquee.account.Role;
import app.marquee.web.errors.ErrorPage;
import app.marquee.web.i18n.Languages;
import app.marquee.web.i18n.Texts;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides by address and method who may use a page, so that a new form is protected without anyone
 * having to remember an annotation (the JSON API's {@code BearerTokenFilter} does the same for
 * {@code /api}):
 * <ul>
 *   <li>reading is public, except the forms ({@code /new}, {@code /edit}, {@code /delete} pages) and a
 *       record's history ({@code /history}), which need an editor;</li>
 *   <li>every other method (a form post) needs an editor, except signing in;</li>
 *   <li>{@code /account} needs someone signed in, {@code /admin} and the catalogue-wide {@code /history}
 *       an admin.</li>
 * </ul>
 * A visitor who is not signed in is sent to the sign-in page, which brings them back afterwards: to
 * the page they asked for, or after a form post to the page the form was on. Someone signed in
 * without the role gets a 403 page. A session signed in before an admin disabled the account or
 * changed its role is ended first.
 */
public class PageAccess extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Session attribute: when this session signed in. */
    public static final String SIGNED_IN_AT = PageAccess.class.getName() + ".signedInAt";

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    // The forms, and the record history, which names the editors who made each change.
    private static final Pattern FORM_PAGES = Pattern.compile("/(movies|actors)/(new|.+/(edit|delete|history))/?");
    private static final Pattern API = Pattern.compile("/api(/.*)?");
    private static final Pattern ACCOUNT = Pattern.compile("/account(/.*)?");
    private static final Pattern ADMIN = Pattern.compile("/(admin|history)(/.*)?");

    @Inject
    AccountChanges accountChanges;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = path(request);
        if (!isPage(request) || API.matcher(path).matches()) {
            chain.doFilter(request, response);
            return;
        }
        endOutdatedSession(request);
        Optional<Role> needed = needed(request.getMethod(), path);
        if (needed.isEmpty()
                || request.getRemoteUser() != null
                        && request.isUserInRole(needed.get().group())) {
            chain.doFilter(request, response);
        } else if (request.getRemoteUser() == null) {
            if (path.equals("/signout")) {
                redirect(request, response, "/"); // nobody to sign out
            } else {
                redirect(
                        request,
                        response,
                        "/signin?next=" + URLEncoder.encode(comeBackTo(request, path), StandardCharsets.UTF_8));
            }
        } else {
            request.setAttribute(
                    ErrorPage.DETAIL,
                    needed.get() == Role.ADMIN
                            ? Texts.get(Languages.of(request), "access.adminOnly", request.getRemoteUser())
                            : Texts.get(Languages.of(request), "access.readOnly"));
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    /**
     * Whether the request goes to the pages, the JAX-RS application that owns "/*". Static files,
     * the error page and any other servlet (a test runner, say) are not pages: they change nothing.
     */
    private static boolean isPage(HttpServletRequest request) {
        HttpServletMapping mapping = request.getHttpServletMapping();
        return mapping == null || "/*".equals(mapping.getPattern()) || "/".equals(mapping.getPattern());
    }

    /** The role a request needs, or empty when anyone may make it. */
    static Optional<Role> needed(String method, String path) {
        if (path.equals("/signin")) {
            return Optional.empty();
        }
        if (ADMIN.matcher(path).matches()) {
            return Optional.of(Role.ADMIN);
        }
        if (ACCOUNT.matcher(path).matches() || path.equals("/signout")) {
            return Optional.of(Role.EDITOR); // every account is at least an editor
        }
        if (READS.contains(method)) {
            return FORM_PAGES.matcher(path).matches() ? Optional.of(Role.EDITOR) : Optional.empty();
        }
        return Optional.of(Role.EDITOR);
    }

    /** The path within the application, decoded, e.g. {@code /movies/7/edit}. */
    static String path(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        String path = servletPath + pathInfo;
        return path.isEmpty() ? "/" : path;
    }

    private void endOutdatedSession(HttpServletRequest request) throws ServletException {
        String user = request.getRemoteUser();
        HttpSession session = request.getSession(false);
        if (user == null || session == null) {
            return;
        }
        if (accountChanges.outdates(user, (Instant) session.getAttribute(SIGNED_IN_AT))) {
            request.logout();
            session.invalidate();
        }
    }

    /**
     * Where to come back to after signing in: the page itself for a read; for a form post, the page
     * the form was on (the path of the Referer, never its host), else the home page.
     */
    private static String comeBackTo(HttpServletRequest request, String path) {
        if (READS.contains(request.getMethod())) {
            String query = request.getQueryString();
            return LocalPath.of(path + (query == null ? "" : "?" + query)).orElse("/");
        }
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return "/";
        }
        try {
            URI uri = URI.create(referer);
            String refererPath = uri.getRawPath();
            String context = request.getContextPath();
            if (refererPath == null || !refererPath.startsWith(context + "/")) {
                return "/";
            }
            String local = refererPath.substring(context.length())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            return LocalPath.of(local).orElse("/");
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String local) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + local);
        response.setHeader("Cache-Control", "no-store");
    }
}
