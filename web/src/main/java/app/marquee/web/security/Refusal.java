package app.marquee.web.security;

import app.marquee.web.i18n.Texts;
import jakarta.ws.rs.core.Response.Status;
import java.util.Locale;

/**
 * Why a request to a protected API address was refused. Each kind has its own problem type, title and
 * RFC 6750 error code, so that a client (or the person debugging it) can tell them apart.
 */
enum Refusal {
    HEADER_MISSING(Status.UNAUTHORIZED, null, "token-missing", "Authentication required", "No bearer token was sent"),
    NOT_BEARER(
            Status.UNAUTHORIZED,
            "invalid_request",
            "not-bearer",
            "Not a bearer token",
            "The Authorization scheme is not Bearer"),
    TOKEN_MISSING(
            Status.UNAUTHORIZED,
            "invalid_request",
            "bearer-token-missing",
            "Bearer token missing",
            "The Bearer scheme carries no token"),
    HEADER_MALFORMED(
            Status.UNAUTHORIZED,
            "invalid_request",
            "authorization-malformed",
            "Malformed Authorization header",
            "The Authorization header must be Bearer followed by one token"),
    TOKEN_MALFORMED(
            Status.UNAUTHORIZED,
            "invalid_token",
            "token-malformed",
            "Malformed token",
            "The token is not a well-formed signed JWT"),
    TOKEN_UNSUPPORTED(
            Status.UNAUTHORIZED,
            "invalid_token",
            "token-unsupported",
            "Unsupported token",
            "The token type or signing algorithm is not accepted"),
    BAD_SIGNATURE(
            Status.UNAUTHORIZED,
            "invalid_token",
            "token-signature",
            "Invalid token signature",
            "The token is signed with an unknown key or its signature is wrong"),
    EXPIRED(Status.UNAUTHORIZED, "invalid_token", "token-expired", "Token expired", "The token has expired"),
    NOT_YET_VALID(
            Status.UNAUTHORIZED,
            "invalid_token",
            "token-not-yet-valid",
            "Token not yet valid",
            "The token is not valid yet"),
    CLAIM_MISSING(
            Status.UNAUTHORIZED,
            "invalid_token",
            "token-incomplete",
            "Incomplete token",
            "The token lacks a required claim"),
    WRONG_ISSUER(
            Status.UNAUTHORIZED,
            "invalid_token",
            "token-issuer",
            "Untrusted token issuer",
            "The token issuer is not trusted"),
    WRONG_AUDIENCE(
            Status.UNAUTHORIZED,
            "invalid_token",
            "token-audience",
            "Wrong token audience",
            "The token is not meant for this API"),
    TOKEN_REVOKED(Status.UNAUTHORIZED, "invalid_token", "token-revoked", "Token revoked", "The token has been revoked"),
    ACCOUNT_DISABLED(
            Status.UNAUTHORIZED,
            "invalid_token",
            "account-disabled",
            "Account disabled",
            "The account this token belongs to is disabled"),
    KEYS_UNAVAILABLE(
            Status.SERVICE_UNAVAILABLE,
            null,
            "keys-unavailable",
            "Token keys unavailable",
            "The identity provider keys cannot be fetched"),
    ROLE_MISSING(
            Status.FORBIDDEN,
            "insufficient_scope",
            "role-missing",
            "Editor role required",
            "The token does not grant the editor group");

    private static final String TYPE_PREFIX = "urn:marquee:problem:";

    final Status status;
    /**
     * The RFC 6750 error code; none when no credentials were sent at all (RFC 6750, section 3.1), or
     * when the server cannot check them (keys unavailable: 503 with Retry-After, no challenge).
     */
    final String bearerError;

    final String type;
    final String title;
    /** A short text for WWW-Authenticate's error_description, which allows no quotes or backslashes. */
    final String description;

    Refusal(Status status, String bearerError, String slug, String title, String description) {
        this.status = status;
        this.bearerError = bearerError;
        this.type = TYPE_PREFIX + slug;
        this.title = title;
        this.description = description;
    }

    /** The problem document's title in this language. */
    String title(Locale locale) {
        return switch (this) {
            case HEADER_MISSING -> Texts.get(locale, "refusal.headerMissing");
            case NOT_BEARER -> Texts.get(locale, "refusal.notBearer");
            case TOKEN_MISSING -> Texts.get(locale, "refusal.tokenMissing");
            case HEADER_MALFORMED -> Texts.get(locale, "refusal.headerMalformed");
            case TOKEN_MALFORMED -> Texts.get(locale, "refusal.tokenMalformed");
            case TOKEN_UNSUPPORTED -> Texts.get(locale, "refusal.tokenUnsupported");
            case BAD_SIGNATURE -> Texts.get(locale, "refusal.badSignature");
            case EXPIRED -> Texts.get(locale, "refusal.expired");
            case NOT_YET_VALID -> Texts.get(locale, "refusal.notYetValid");
            case CLAIM_MISSING -> Texts.get(locale, "refusal.claimMissing");
            case WRONG_ISSUER -> Texts.get(locale, "refusal.wrongIssuer");
            case WRONG_AUDIENCE -> Texts.get(locale, "refusal.wrongAudience");
            case TOKEN_REVOKED -> Texts.get(locale, "refusal.tokenRevoked");
            case ACCOUNT_DISABLED -> Texts.get(locale, "refusal.accountDisabled");
            case KEYS_UNAVAILABLE -> Texts.get(locale, "refusal.keysUnavailable");
            case ROLE_MISSING -> Texts.get(locale, "refusal.roleMissing");
        };
    }

    /** The problem type's last part ({@code token-expired}): the refusal's name in metrics. */
    String slug() {
        return type.substring(TYPE_PREFIX.length());
    }

    /** The WWW-Authenticate challenge for this refusal. */
    String challenge(String realm, String requiredGroup) {
        StringBuilder challenge =
                new StringBuilder("Bearer realm=\"").append(realm).append('"');
        if (bearerError != null) {
            challenge
                    .append(", error=\"")
                    .append(bearerError)
                    .append('"')
                    .append(", error_description=\"")
                    .append(description)
                    .append('"');
        }
        if (this == ROLE_MISSING) {
            challenge.append(", scope=\"").append(requiredGroup).append('"');
        }
        return challenge.toString();
    }
}
