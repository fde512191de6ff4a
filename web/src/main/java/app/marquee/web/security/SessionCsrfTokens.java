package app.marquee.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.krazo.security.CsrfToken;
import org.eclipse.krazo.security.CsrfTokenStrategy;

/**
 * Where Jakarta MVC keeps the CSRF token of a form: in the HTTP session, as Krazo's default does, but
 * without ever opening a session to do so. Krazo asks for a token on every page it renders (to send
 * it in a response header); its default strategy then creates a session for every anonymous reader.
 * Here a request without a session gets a throw-away token that no form can be posted with. Pages
 * with forms are for signed-in editors, who have a session; the sign-in page opens one itself.
 */
public final class SessionCsrfTokens implements CsrfTokenStrategy {

    public static final String HEADER = "X-CSRF-TOKEN";
    public static final String FIELD = "_csrf";
    private static final String SESSION_KEY = SessionCsrfTokens.class.getName() + ".token";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public Optional<CsrfToken> getToken(HttpServletRequest request, HttpServletResponse response, boolean create) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return create ? Optional.of(new CsrfToken(HEADER, FIELD, randomValue())) : Optional.empty();
        }
        synchronized (session) {
            Object stored = session.getAttribute(SESSION_KEY);
            if (stored instanceof String value) {
                return Optional.of(new CsrfToken(HEADER, FIELD, value));
            }
            if (!create) {
                return Optional.empty();
            }
            String value = randomValue();
            session.setAttribute(SESSION_KEY, value);
            return Optional.of(new CsrfToken(HEADER, FIELD, value));
        }
    }

    /** The session's token if it has one, for forms rendered outside Jakarta MVC. */
    public static Optional<String> existing(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((String) session.getAttribute(SESSION_KEY));
    }

    private static String randomValue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
