package app.marquee.web.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The application's own token issuer: signs MicroProfile-JWT-shaped tokens ({@code iss},
 * {@code sub}, {@code upn}, {@code aud}, {@code groups}, {@code iat}, {@code exp}, {@code jti}) with
 * the key from {@link SigningKeyFile}.
 *
 * @param key      the private signing key
 * @param issuer   the {@code iss} claim, {@code marquee.jwt.issuer}
 * @param audience the {@code aud} claim, {@code marquee.jwt.audience}
 */
public record OwnIssuer(ECKey key, String issuer, String audience) {

    public static final String ISSUER_KEY = "marquee.jwt.issuer";
    public static final String AUDIENCE_KEY = "marquee.jwt.audience";
    public static final String DEFAULT_ISSUER = "marquee";
    public static final String DEFAULT_AUDIENCE = "marquee-api";

    public OwnIssuer {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(audience, "audience");
    }

    /** A token for {@code subject} in {@code groups}, valid from now for {@code lifetime}. */
    public String issue(String subject, List<String> groups, Duration lifetime) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .claim("upn", subject)
                .audience(audience)
                .claim("groups", List.copyOf(groups))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(SigningKeyFile.ALGORITHM)
                .type(JOSEObjectType.JWT)
                .keyID(key.getKeyID())
                .build(), claims);
        try {
            jwt.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a token with the application's key", e);
        }
        return jwt.serialize();
    }
}
