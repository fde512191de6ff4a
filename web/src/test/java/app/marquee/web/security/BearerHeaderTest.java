package app.marquee.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reading the Authorization header, and the claim checks with a fixed clock. */
class BearerHeaderTest {

    @Test
    void takesTheTokenOfABearerHeaderInAnyCase() throws Exception {
        assertThat(BearerTokenFilter.bearerToken(List.of("Bearer abc.def.ghi"))).isEqualTo("abc.def.ghi");
        assertThat(BearerTokenFilter.bearerToken(List.of("bearer  abc"))).isEqualTo("abc");
    }

    @Test
    void tellsEveryMalformedHeaderApart() {
        assertThat(refusal(null)).isEqualTo(Refusal.HEADER_MISSING);
        assertThat(refusal(List.of())).isEqualTo(Refusal.HEADER_MISSING);
        assertThat(refusal(List.of(" "))).isEqualTo(Refusal.HEADER_MISSING);
        assertThat(refusal(List.of("Basic YTpi"))).isEqualTo(Refusal.NOT_BEARER);
        assertThat(refusal(List.of("Token abc"))).isEqualTo(Refusal.NOT_BEARER);
        assertThat(refusal(List.of("Bearer"))).isEqualTo(Refusal.TOKEN_MISSING);
        assertThat(refusal(List.of("Bearer a b"))).isEqualTo(Refusal.HEADER_MALFORMED);
        assertThat(refusal(List.of("Bearer a", "Bearer b"))).isEqualTo(Refusal.HEADER_MALFORMED);
    }

    @Test
    void challengesFollowRfc6750() {
        assertThat(Refusal.HEADER_MISSING.challenge("marquee", "editor")).isEqualTo("Bearer realm=\"marquee\"");
        assertThat(Refusal.EXPIRED.challenge("marquee", "editor"))
                .isEqualTo("Bearer realm=\"marquee\","
                        + " error=\"invalid_token\", error_description=\"The token has expired\"");
        assertThat(Refusal.ROLE_MISSING.challenge("marquee", "editor")).endsWith(", scope=\"editor\"");
        for (Refusal refusal : Refusal.values()) {
            assertThat(refusal.description).matches("[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]+");
        }
    }

    @Test
    void claimChecksAllowTheClockSkewAndNoMore() {
        Instant now = Instant.parse("2026-01-01T12:00:00Z");
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        ClaimsCheck check = new ClaimsCheck("iss", Set.of("aud"), Duration.ofSeconds(60), clock);
        JWTClaimsSet.Builder valid = new JWTClaimsSet.Builder().issuer("iss").audience(List.of("x", "aud"));

        assertThat(rejection(
                        check,
                        valid.expirationTime(Date.from(now.minusSeconds(59))).build()))
                .isNull();
        assertThat(rejection(
                        check,
                        valid.expirationTime(Date.from(now.minusSeconds(61))).build()))
                .isEqualTo(Refusal.EXPIRED);
        assertThat(rejection(
                        check,
                        valid.expirationTime(Date.from(now.plusSeconds(600)))
                                .notBeforeTime(Date.from(now.plusSeconds(61)))
                                .build()))
                .isEqualTo(Refusal.NOT_YET_VALID);
        assertThat(rejection(check, valid.notBeforeTime(null).audience("other").build()))
                .isEqualTo(Refusal.WRONG_AUDIENCE);
        assertThat(rejection(check, valid.audience("aud").issuer("ISS").build()))
                .isEqualTo(Refusal.WRONG_ISSUER);
        assertThat(rejection(check, valid.issuer("iss").expirationTime(null).build()))
                .isEqualTo(Refusal.CLAIM_MISSING);

        ClaimsCheck anyAudience = new ClaimsCheck("iss", Set.of(), Duration.ZERO, clock);
        assertThat(rejection(
                        anyAudience,
                        new JWTClaimsSet.Builder()
                                .issuer("iss")
                                .expirationTime(Date.from(now.plusSeconds(1)))
                                .build()))
                .isNull();
    }

    private static Refusal refusal(List<String> headers) {
        TokenRejectedException e =
                catchThrowableOfType(TokenRejectedException.class, () -> BearerTokenFilter.bearerToken(headers));
        assertThat(e).as("refused %s", headers).isNotNull();
        assertThat(e.detail()).isNotBlank();
        return e.refusal();
    }

    private static Refusal rejection(ClaimsCheck check, JWTClaimsSet claims) {
        try {
            check.verify(claims, null);
            return null;
        } catch (ClaimsCheck.Rejected e) {
            return e.rejection.refusal();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
