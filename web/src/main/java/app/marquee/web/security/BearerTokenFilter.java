package app.marquee.web.security;

import app.marquee.web.errors.ErrorReply;
import app.marquee.web.i18n.Languages;
import app.marquee.web.i18n.Texts;
import app.marquee.web.ops.RequestLog;
import app.marquee.web.ops.SecurityMetrics;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Guards the JSON API by address, so that a new write endpoint is protected without anyone having to
 * remember an annotation: every request under {@code api/} other than GET, HEAD and OPTIONS needs a
 * bearer token with the {@value #EDITOR} group, and everything under {@code api/secured/} needs a
 * valid token. Reads and the pages are left alone.
 *
 * <p>It runs after matching, so unknown addresses and methods still get their 404 and 405, and before
 * the request body is read, so a refused write never reaches validation or the database.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class BearerTokenFilter implements ContainerRequestFilter {

    public static final String EDITOR = "editor";
    static final String REALM = "marquee";

    private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final java.util.regex.Pattern HISTORY =
            java.util.regex.Pattern.compile("api/(movies|actors)/[^/]+/history/?");

    @Inject
    TokenVerifier verifier;

    @Inject
    PersonalTokens personalTokens;

    @Inject
    SecurityMetrics securityMetrics;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        path = path.startsWith("/") ? path.substring(1) : path;
        boolean api = ErrorReply.isApiRequest(request.getUriInfo());
        boolean secured = path.equals("api/secured") || path.startsWith("api/secured/");
        boolean write = api && !READS.contains(request.getMethod());
        // A record's history names the editors who made each change: for editors only, like the page.
        boolean history = HISTORY.matcher(path).matches();
        if (!secured && !write && !history) {
            return;
        }
        try {
            VerifiedToken token =
                    verifier.verify(bearerToken(request.getHeaders().get(HttpHeaders.AUTHORIZATION)));
            if (token.personalId() != null) {
                token = personalTokens.check(token);
            }
            if ((write || history) && !token.groups().contains(EDITOR)) {
                String subject = token.subject();
                throw new TokenRejectedException(
                        Refusal.ROLE_MISSING,
                        write
                                ? locale -> Texts.get(locale, "token.role.write", EDITOR, subject)
                                : locale -> Texts.get(locale, "token.role.history", EDITOR, subject));
            }
            boolean https = request.getSecurityContext() != null
                    && request.getSecurityContext().isSecure();
            request.setSecurityContext(new TokenSecurityContext(token, https));
            // For the access line, which the servlet filter writes outside JAX-RS.
            request.setProperty(RequestLog.TOKEN_SUBJECT, token.subject());
        } catch (TokenRejectedException e) {
            Refusal refusal = e.refusal();
            securityMetrics.tokenRefused(refusal.slug());
            Locale locale = Languages.firstSupported(request.getAcceptableLanguages());
            var response = ErrorReply.problem(
                            refusal.type, refusal.status, refusal.title(locale), e.detail(locale), List.of())
                    .header(HttpHeaders.CACHE_CONTROL, "no-store");
            if (refusal == Refusal.KEYS_UNAVAILABLE) {
                response.header(HttpHeaders.RETRY_AFTER, "30");
            } else {
                response.header(HttpHeaders.WWW_AUTHENTICATE, refusal.challenge(REALM, EDITOR));
            }
            request.abortWith(response.build());
        }
    }

    /** The token of an {@code Authorization: Bearer <token>} header (RFC 6750, section 2.1). */
    static String bearerToken(List<String> headers) throws TokenRejectedException {
        if (headers == null || headers.isEmpty()) {
            throw new TokenRejectedException(Refusal.HEADER_MISSING, locale -> Texts.get(locale, "bearer.missing"));
        }
        if (headers.size() > 1) {
            int count = headers.size();
            throw new TokenRejectedException(
                    Refusal.HEADER_MALFORMED, locale -> Texts.get(locale, "bearer.several", count));
        }
        String header = headers.get(0).strip();
        if (header.isEmpty()) {
            throw new TokenRejectedException(Refusal.HEADER_MISSING, locale -> Texts.get(locale, "bearer.empty"));
        }
        String[] parts = header.split("\\s+");
        String scheme = parts[0];
        if (!scheme.toLowerCase(Locale.ROOT).equals("bearer")) {
            String shown = printable(scheme);
            throw new TokenRejectedException(Refusal.NOT_BEARER, locale -> Texts.get(locale, "bearer.scheme", shown));
        }
        if (parts.length == 1) {
            throw new TokenRejectedException(Refusal.TOKEN_MISSING, locale -> Texts.get(locale, "bearer.noToken"));
        }
        if (parts.length > 2) {
            int values = parts.length - 1;
            throw new TokenRejectedException(
                    Refusal.HEADER_MALFORMED, locale -> Texts.get(locale, "bearer.values", values));
        }
        return parts[1];
    }

    // The scheme is echoed back to help the caller, so only a short run of visible ASCII is kept.
    private static String printable(String scheme) {
        String cleaned = scheme.replaceAll("[^\\x21-\\x7e]", "?").replace("'", "?");
        return cleaned.length() > 20 ? cleaned.substring(0, 20) + "..." : cleaned;
    }
}
