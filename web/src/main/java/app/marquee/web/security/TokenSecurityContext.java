package app.marquee.web.security;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** The request's security context once its bearer token is verified: the subject, in the token's groups. */
final class TokenSecurityContext implements SecurityContext {

    private final VerifiedToken token;
    private final boolean secure;

    TokenSecurityContext(VerifiedToken token, boolean secure) {
        this.token = token;
        this.secure = secure;
    }

    @Override
    public Principal getUserPrincipal() {
        return token;
    }

    @Override
    public boolean isUserInRole(String role) {
        return token.groups().contains(role);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return "Bearer";
    }
}
