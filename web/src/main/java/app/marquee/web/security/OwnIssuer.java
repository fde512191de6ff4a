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

    /**
     * The claim that marks a personal token (one an account created on its tokens page) and names its
     * record, which the API checks on every use so that revoking it or disabling the account counts.
     */
    public static final String PERSONAL_TOKEN_CLAIM = "marquee_token_id";

    /** A token for {@code subject} in {@code groups}, valid from now for {@code lifetime}. */
    public String issue(String subject, List<String> groups, Duration lifetime) {
        return issue(subject, groups, Instant.now(), Instant.now().plus(lifetime), null);
    }

    /** A personal token of an account, recorded under {@code tokenId}, valid from {@code now} until {@code expires}. */
    public String issuePersonal(String subject, List<String> groups, Instant now, Instant expires, String tokenId) {
        return issue(subject, groups, now, expires, Objects.requireNonNull(tokenId, "tokenId"));
    }

    private String issue(String subject, List<String> groups, Instant now, Instant expires, String tokenId) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
        if (tokenId != null) {
            builder.claim(PERSONAL_TOKEN_CLAIM, tokenId);
        }
        JWTClaimsSet claims = builder.issuer(issuer)
                .subject(subject)
                .claim("upn", subject)
                .audience(audience)
                .claim("groups", List.copyOf(groups))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expires))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(SigningKeyFile.ALGORITHM)
                        .type(JOSEObjectType.JWT)
                        .keyID(key.getKeyID())
                        .build(),
                claims);
        try {
            jwt.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a token with the application's key", e);
        }
        return jwt.serialize();
    }
}
