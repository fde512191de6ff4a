package app.marquee.web.security;

import app.marquee.web.i18n.Languages;
import app.marquee.web.i18n.Texts;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.JWTClaimsSetVerifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The claim checks of one trusted issuer, run by Nimbus once the signature has been verified with
 * that issuer's key: issuer, audience, expiry and not-before, each failing with its own
 * {@link Refusal}.
 */
final class ClaimsCheck implements JWTClaimsSetVerifier<SecurityContext> {

    /** Carries the refusal through Nimbus's processor, which declares only {@link BadJWTException}. */
    static final class Rejected extends BadJWTException {
        final transient TokenRejectedException rejection;

        Rejected(Refusal refusal, Function<Locale, String> detail) {
            super(detail.apply(Languages.DEFAULT));
            this.rejection = new TokenRejectedException(refusal, detail);
        }
    }

    private final String issuer;
    private final Set<String> audiences;
    private final Duration clockSkew;
    private final Clock clock;

    /**
     * @param audiences accepted audiences; empty means the audience is not checked, as in MicroProfile JWT
     *                  when {@code mp.jwt.verify.audiences} is not set
     */
    ClaimsCheck(String issuer, Set<String> audiences, Duration clockSkew, Clock clock) {
        this.issuer = issuer;
        this.audiences = Set.copyOf(audiences);
        this.clockSkew = clockSkew;
        this.clock = clock;
    }

    @Override
    public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
        if (!issuer.equals(claims.getIssuer())) {
            throw new Rejected(
                    Refusal.WRONG_ISSUER,
                    claims.getIssuer() == null
                            ? locale -> Texts.get(locale, "token.issuer.none")
                            : locale -> Texts.get(locale, "token.issuer.untrusted"));
        }
        List<String> audience = claims.getAudience() == null ? List.of() : claims.getAudience();
        if (!audiences.isEmpty() && Collections.disjoint(audience, audiences)) {
            List<String> accepted = audiences.stream().sorted().toList();
            throw new Rejected(
                    Refusal.WRONG_AUDIENCE,
                    locale -> Texts.get(
                            locale, "token.audience", String.join(Texts.get(locale, "token.audience.or"), accepted)));
        }
        Instant now = clock.instant();
        Date expiry = claims.getExpirationTime();
        if (expiry == null) {
            throw new Rejected(Refusal.CLAIM_MISSING, locale -> Texts.get(locale, "token.noExpiry"));
        }
        if (now.isAfter(expiry.toInstant().plus(clockSkew))) {
            throw new Rejected(
                    Refusal.EXPIRED,
                    locale -> Texts.get(
                            locale, "token.expired", expiry.toInstant().toString()));
        }
        Date notBefore = claims.getNotBeforeTime();
        if (notBefore != null && now.plus(clockSkew).isBefore(notBefore.toInstant())) {
            throw new Rejected(
                    Refusal.NOT_YET_VALID,
                    locale -> Texts.get(
                            locale, "token.notYetValid", notBefore.toInstant().toString()));
        }
    }
}
