package app.marquee.web.security;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jwt.proc.JWTProcessor;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/**
 * An issuer whose tokens are accepted: its {@code iss} value, the audiences its tokens must carry
 * (none: not checked) and the keys its tokens are signed with.
 */
final class TrustedIssuer {

    /** Public-key signatures only: an HMAC secret or "none" would let anyone who knows it mint tokens. */
    static final Set<JWSAlgorithm> ACCEPTED_ALGORITHMS = Set.of(
            JWSAlgorithm.RS256,
            JWSAlgorithm.RS384,
            JWSAlgorithm.RS512,
            JWSAlgorithm.PS256,
            JWSAlgorithm.PS384,
            JWSAlgorithm.PS512,
            JWSAlgorithm.ES256,
            JWSAlgorithm.ES384,
            JWSAlgorithm.ES512);

    /** Untyped, "JWT", and "at+jwt" (RFC 9068 access tokens, as Auth0 and Keycloak may issue). */
    static final DefaultJOSEObjectTypeVerifier<SecurityContext> TYPES =
            new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null);

    private final String label;
    private final String issuer;
    private final JWTProcessor<SecurityContext> processor;

    TrustedIssuer(
            String label, String issuer, Set<String> audiences, JWKSource<SecurityContext> keys, Duration clockSkew) {
        this.label = label;
        this.issuer = issuer;
        ConfigurableJWTProcessor<SecurityContext> configured = new DefaultJWTProcessor<>();
        configured.setJWSTypeVerifier(TYPES);
        configured.setJWSKeySelector(new JWSVerificationKeySelector<>(ACCEPTED_ALGORITHMS, keys));
        configured.setJWTClaimsSetVerifier(new ClaimsCheck(issuer, audiences, clockSkew, Clock.systemUTC()));
        this.processor = configured;
    }

    String label() {
        return label;
    }

    String issuer() {
        return issuer;
    }

    /** Verifies signature and claims; the claims check fails with {@link ClaimsCheck.Rejected}. */
    JWTProcessor<SecurityContext> processor() {
        return processor;
    }
}
