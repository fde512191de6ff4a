package app.marquee.web.signin;

import java.net.URI;
import java.util.Optional;

/**
 * Where the sign-in page may send someone afterwards: a path of this application only. A value that
 * could leave the site (a scheme, a host, "//host", a backslash that browsers read as a slash) or that
 * leads back into signing in is refused, so the sign-in page cannot be used to redirect people
 * anywhere else (OWASP ASVS 5.1.5).
 */
public final class LocalPath {

    private static final int MAX_LENGTH = 2000;

    private LocalPath() {}

    public static Optional<String> of(String candidate) {
        if (candidate == null
                || candidate.isEmpty()
                || candidate.length() > MAX_LENGTH
                || !candidate.startsWith("/")
                || candidate.startsWith("//")
                || candidate.contains("\\")) {
            return Optional.empty();
        }
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c < 0x21 || c == 0x7f) {
                return Optional.empty(); // no spaces or control characters: a browser might strip them
            }
        }
        URI uri;
        try {
            uri = new URI(candidate);
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
        if (uri.getScheme() != null || uri.getRawAuthority() != null) {
            return Optional.empty();
        }
        String path = uri.getPath();
        if (path == null || path.equals("/signin") || path.startsWith("/signin/") || path.equals("/signout")) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }
}
