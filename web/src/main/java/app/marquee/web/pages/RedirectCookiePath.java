package app.marquee.web.pages;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Gives Krazo's redirect-scope cookie (which carries the flash message across a redirect) the path
 * "/" when Marquee runs at the root context. Krazo sets the cookie's path to the context path, which
 * is empty there, so the browser would scope it to the posting URL's folder: after
 * {@code POST /movies/7/delete} redirects to {@code /movies}, the cookie would not be sent and the
 * flash message would be lost.
 */
@WebFilter(filterName = "redirectCookiePath", urlPatterns = "/*")
public class RedirectCookiePath extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String COOKIE_NAME = "org.eclipse.krazo.redirect.Cookie";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void addCookie(Cookie cookie) {
                if (COOKIE_NAME.equals(cookie.getName()) && (cookie.getPath() == null || cookie.getPath().isEmpty())) {
                    cookie.setPath("/");
                }
                super.addCookie(cookie);
            }
        });
    }
}
