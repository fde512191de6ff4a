package app.marquee.web;

import app.marquee.web.security.SessionCsrfTokens;
import jakarta.mvc.security.Csrf;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/** Pages and the JSON API share one JAX-RS application at the root context. */
@ApplicationPath("/")
public class MarqueeApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(
                // Every form POST must carry the session's CSRF token.
                Csrf.CSRF_PROTECTION,
                Csrf.CsrfOptions.IMPLICIT,
                // The flash message's redirect scope travels in a cookie, not as a query parameter
                // that would show in the address bar and in shared links.
                "org.eclipse.krazo.redirectScopeCookies",
                true,
                // CSRF tokens are kept in the session, without opening one for every anonymous reader.
                "org.eclipse.krazo.csrfTokenStrategy",
                new SessionCsrfTokens(),
                // The generated WADL would be public and describes nothing a user needs.
                "jersey.config.server.wadl.disableWadl",
                true);
    }
}
