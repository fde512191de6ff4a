package app.marquee.web.security;

import app.marquee.web.i18n.Texts;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Verifies a bearer token with Nimbus JOSE+JWT and says precisely why one is refused: not a JWT, not
 * signed with an accepted algorithm, signed by no trusted key, or signed by a trusted key but with
 * the wrong issuer or audience, expired or not yet valid.
 *
 * <p>Each trusted issuer is tried in turn. The first whose key verifies the signature decides: its
 * claim checks then pass or give the refusal. A token no trusted key verifies is a bad signature,
 * whatever its claims say, since unsigned claims are not worth reporting on; unless an issuer's keys
 * could not be fetched, which is the server's problem (503), not the client's.
 */
@ApplicationScoped
public class TokenVerifier {

    private static final Logger LOG = Logger.getLogger(TokenVerifier.class.getName());

    @Inject
    TrustedIssuers issuers;

    VerifiedToken verify(String token) throws TokenRejectedException {
        SignedJWT jwt = signedJwt(token);
        boolean keysUnavailable = false;
        for (TrustedIssuer issuer : issuers.all()) {
            try {
                JWTClaimsSet claims = issuer.processor().process(jwt, null);
                // Only the application's own issuer makes personal tokens; the claim means nothing elsewhere.
                Object personal = issuer.label().equals("own") ? claims.getClaim(OwnIssuer.PERSONAL_TOKEN_CLAIM) : null;
                return new VerifiedToken(
                        subject(claims),
                        claims.getIssuer(),
                        groups(claims),
                        claims.getExpirationTime().toInstant(),
                        personal instanceof String id ? id : null);
            } catch (ClaimsCheck.Rejected rejected) {
                throw rejected.rejection;
            } catch (BadJOSEException | RateLimitReachedException notThisIssuer) {
                // No key of this issuer verifies the signature: try the next issuer. A rate-limited
                // refresh means the key set was fetched moments ago, so the key is simply not in it.
            } catch (JOSEException e) {
                // e.g. the identity provider's JWKS URL cannot be reached
                keysUnavailable = true;
                String reason =
                        e.getMessage() != null ? e.getMessage() : e.getClass().getName();
                LOG.log(Level.WARNING, "API tokens: cannot check a token against issuer ''{0}'': {1}", new Object[] {
                    issuer.issuer(), reason
                });
            }
        }
        if (keysUnavailable) {
            throw new TokenRejectedException(
                    Refusal.KEYS_UNAVAILABLE, locale -> Texts.get(locale, "token.keysUnavailable"));
        }
        throw new TokenRejectedException(Refusal.BAD_SIGNATURE, locale -> Texts.get(locale, "token.badSignature"));
    }

    private static SignedJWT signedJwt(String token) throws TokenRejectedException {
        JWT parsed;
        try {
            parsed = JWTParser.parse(token);
        } catch (ParseException e) {
            throw new TokenRejectedException(Refusal.TOKEN_MALFORMED, locale -> Texts.get(locale, "token.notJwt"));
        }
        if (parsed instanceof EncryptedJWT) {
            throw new TokenRejectedException(Refusal.TOKEN_UNSUPPORTED, locale -> Texts.get(locale, "token.encrypted"));
        }
        if (!(parsed instanceof SignedJWT jwt)) {
            throw new TokenRejectedException(Refusal.TOKEN_UNSUPPORTED, locale -> Texts.get(locale, "token.unsigned"));
        }
        if (!TrustedIssuer.ACCEPTED_ALGORITHMS.contains(jwt.getHeader().getAlgorithm())) {
            String algorithm = String.valueOf(jwt.getHeader().getAlgorithm());
            throw new TokenRejectedException(
                    Refusal.TOKEN_UNSUPPORTED, locale -> Texts.get(locale, "token.algorithm", algorithm));
        }
        try {
            TrustedIssuer.TYPES.verify(jwt.getHeader().getType(), null);
        } catch (BadJOSEException e) {
            String type = String.valueOf(jwt.getHeader().getType());
            throw new TokenRejectedException(
                    Refusal.TOKEN_UNSUPPORTED, locale -> Texts.get(locale, "token.type", type));
        }
        try {
            jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new TokenRejectedException(Refusal.TOKEN_MALFORMED, locale -> Texts.get(locale, "token.claims"));
        }
        return jwt;
    }

    private static String subject(JWTClaimsSet claims) {
        for (String name : new String[] {"sub", "upn", "preferred_username"}) {
            Object value = claims.getClaim(name);
            if (value instanceof String s && !s.isBlank()) {
                return s;
            }
        }
        return "unknown";
    }

    /** The groups: a string or list of strings at the groups claim (a name, else a dotted path), plus nothing else. */
    private Set<String> groups(JWTClaimsSet claims) {
        String name = issuers.groupsClaim();
        Object value = claims.getClaim(name);
        if (value == null && name.contains(".")) {
            Object node = claims.getClaims();
            for (String part : name.split("\\.")) {
                node = node instanceof Map<?, ?> map ? map.get(part) : null;
            }
            value = node;
        }
        Set<String> groups = new LinkedHashSet<>();
        if (value instanceof String s) {
            groups.addAll(java.util.Arrays.asList(s.strip().split("\\s+")));
        } else if (value instanceof Collection<?> list) {
            list.stream()
                    .filter(String.class::isInstance)
                    .map(String.class::cast)
                    .forEach(groups::add);
        }
        return groups;
    }
}
