package app.marquee.web.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which of Marquee's languages a request gets: the one its language cookie names, else the first of
 * the browser's Accept-Language that Marquee has, else English. A cookie, not the session: reading
 * pages never creates a session.
 */
public final class Languages {

    /** The languages Marquee's bundles have, the default first. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN);

    public static final Locale DEFAULT = Locale.ENGLISH;
    /** The cookie the language switch sets. */
    public static final String COOKIE = "marquee-lang";

    private Languages() {}

    /** The language of a page request. */
    public static Locale of(HttpServletRequest request) {
        Optional<Locale> chosen = chosen(request.getCookies());
        if (chosen.isPresent()) {
            return chosen.get();
        }
        return ofApi(request);
    }

    /**
     * The language of an API request: the first of its Accept-Language that Marquee has, else
     * English. No header means English, not the server's default locale the container reports then.
     */
    public static Locale ofApi(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null || request.getLocales() == null) {
            return DEFAULT;
        }
        return firstSupported(Collections.list(request.getLocales()));
    }

    /** The language the cookie's value names, else the first of the acceptable ones Marquee has. */
    public static Locale of(String cookieValue, List<Locale> acceptable) {
        return supported(cookieValue).orElseGet(() -> firstSupported(acceptable == null ? List.of() : acceptable));
    }

    /** The first of these (in the caller's order of preference) that Marquee has; English when none. */
    public static Locale firstSupported(List<Locale> preferred) {
        for (Locale locale : preferred) {
            Optional<Locale> supported = supported(locale.getLanguage());
            if (supported.isPresent()) {
                return supported.get();
            }
        }
        return DEFAULT;
    }

    /** The supported language with this code ({@code en}, {@code de}), if there is one. */
    public static Optional<Locale> supported(String language) {
        if (language == null) {
            return Optional.empty();
        }
        return SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(language.strip().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    private static Optional<Locale> chosen(Cookie[] cookies) {
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return supported(cookie.getValue());
            }
        }
        return Optional.empty();
    }
}
