package app.marquee.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which trusted issuer decides, where the groups come from, and a key source that is down. */
class TokenVerifierTest {

    private final ECKey ownKey = TestKeys.ec("own");
    private final ECKey idpKey = TestKeys.ec("idp");
    private final FakeIssuers issuers = new FakeIssuers();
    private final TokenVerifier verifier = new TokenVerifier();

    TokenVerifierTest() {
        verifier.issuers = issuers;
        issuers.all = List.of(trusted("marquee", "marquee-api", ownKey), trusted("https://idp/", "api", idpKey));
    }

    @Test
    void theIssuerWhoseKeySignedTheTokenDecides() throws Exception {
        VerifiedToken token =
                verifier.verify(sign(idpKey, claims("https://idp/", "api").subject("dave")));
        assertThat(token.subject()).isEqualTo("dave");
        assertThat(token.issuer()).isEqualTo("https://idp/");

        assertThat(refusal(sign(idpKey, claims("marquee", "marquee-api")))).isEqualTo(Refusal.WRONG_ISSUER);
        assertThat(refusal(sign(ownKey, claims("marquee", "api")))).isEqualTo(Refusal.WRONG_AUDIENCE);
        assertThat(refusal(sign(TestKeys.ec("own"), claims("marquee", "marquee-api"))))
                .isEqualTo(Refusal.BAD_SIGNATURE);
    }

    @Test
    void readsGroupsFromAListAStringOrADottedPath() throws Exception {
        assertThat(verifier.verify(sign(ownKey, claims("marquee", "marquee-api").claim("groups", "editor viewer")))
                        .groups())
                .containsExactlyInAnyOrder("editor", "viewer");

        issuers.groupsClaim = "realm_access.roles";
        assertThat(verifier.verify(sign(
                                ownKey,
                                claims("marquee", "marquee-api")
                                        .claim("realm_access", Map.of("roles", List.of("editor")))))
                        .groups())
                .containsExactly("editor");

        issuers.groupsClaim = "https://marquee.example/groups";
        assertThat(verifier.verify(sign(
                                ownKey,
                                claims("marquee", "marquee-api")
                                        .claim("https://marquee.example/groups", List.of("editor"))))
                        .groups())
                .containsExactly("editor");
    }

    @Test
    void keysThatCannotBeFetchedAreTheServersProblemNotABadSignature() throws JOSEException {
        JWKSource<SecurityContext> down = (selector, context) -> {
            throw new KeySourceException("connection refused");
        };
        issuers.all = List.of(
                trusted("marquee", "marquee-api", ownKey),
                new TrustedIssuer("external", "https://idp/", Set.of("api"), down, Duration.ZERO));

        assertThat(refusal(sign(idpKey, claims("https://idp/", "api")))).isEqualTo(Refusal.KEYS_UNAVAILABLE);
        assertThat(Refusal.KEYS_UNAVAILABLE.status.getStatusCode()).isEqualTo(503);
    }

    @Test
    void aKeyMissingFromAJustFetchedKeySetIsABadSignatureNotAnOutage() throws JOSEException {
        JWKSource<SecurityContext> rateLimited = (selector, context) -> {
            throw new RateLimitReachedException();
        };
        issuers.all = List.of(
                trusted("marquee", "marquee-api", ownKey),
                new TrustedIssuer("external", "https://idp/", Set.of("api"), rateLimited, Duration.ZERO));

        assertThat(refusal(sign(TestKeys.ec("own"), claims("marquee", "marquee-api"))))
                .isEqualTo(Refusal.BAD_SIGNATURE);
    }

    private Refusal refusal(String token) {
        TokenRejectedException e = catchThrowableOfType(TokenRejectedException.class, () -> verifier.verify(token));
        assertThat(e).isNotNull();
        return e.refusal();
    }

    private static TrustedIssuer trusted(String issuer, String audience, ECKey key) {
        return new TrustedIssuer(
                issuer,
                issuer,
                Set.of(audience),
                new ImmutableJWKSet<>(new JWKSet(key.toPublicJWK())),
                Duration.ofSeconds(60));
    }

    private static JWTClaimsSet.Builder claims(String issuer, String audience) {
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject("someone")
                .expirationTime(Date.from(Instant.now().plusSeconds(300)));
    }

    private static String sign(ECKey key, JWTClaimsSet.Builder claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(), claims.build());
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }

    /** Trusted issuers set by the test instead of read from configuration. */
    private static final class FakeIssuers extends TrustedIssuers {
        List<TrustedIssuer> all = List.of();
        String groupsClaim = "groups";

        @Override
        synchronized List<TrustedIssuer> all() {
            return all;
        }

        @Override
        String groupsClaim() {
            return groupsClaim;
        }
    }
}
