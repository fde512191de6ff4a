package app.marquee.web.security;

import app.marquee.account.Account;
import app.marquee.account.ApiToken;
import app.marquee.account.ApiTokenRepository;
import app.marquee.web.i18n.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Personal API tokens: the ones an account creates for itself on its tokens page. Each is a JWT of the
 * application's own issuer that names its record; the record is what lets its owner list and revoke
 * it. On every use the API looks the record up, so a revoked token or one of a disabled account is
 * refused at once, and the token carries the rights its account has now, not those it had when the
 * token was made.
 */
@ApplicationScoped
public class PersonalTokens {

    // Recording every use would turn each API read into a write; a minute's precision is enough.
    private static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ApiTokenRepository tokens;

    @Inject
    TrustedIssuers issuers;

    private final Map<String, Instant> lastRecordedUse = new ConcurrentHashMap<>();

    /** A new token and its text, which is shown once and never stored. */
    public record Created(ApiToken record, String token) {}

    /** Whether tokens can be made: only the application's own issuer makes them. */
    public boolean available() {
        return issuers.ownIssuerIfUsable().isPresent();
    }

    /**
     * Creates a token for {@code account} named {@code name}, valid for {@code lifetime}.
     *
     * @throws IllegalStateException when the application's own issuer is off or its key unusable
     */
    public Created create(Account account, String name, Duration lifetime) {
        OwnIssuer issuer = issuers.ownIssuerIfUsable()
                .orElseThrow(() -> new IllegalStateException("The application's own token issuer is not available"));
        Instant now = Instant.now();
        Instant expires = now.plus(lifetime);
        String tokenId = randomId();
        String token =
                issuer.issuePersonal(account.getUsername(), new ArrayList<>(account.groups()), now, expires, tokenId);
        ApiToken record = tokens.create(account.getId(), name, tokenId, now, expires);
        return new Created(record, token);
    }

    /** The personal token as the API should see it, or why it is refused. */
    VerifiedToken check(VerifiedToken token) throws TokenRejectedException {
        Optional<ApiToken> record = tokens.findForUse(token.personalId());
        if (record.isEmpty() || record.get().isRevoked()) {
            throw new TokenRejectedException(
                    Refusal.TOKEN_REVOKED, locale -> Texts.get(locale, "token.revokedByOwner"));
        }
        Account account = record.get().getAccount();
        if (!account.isEnabled()) {
            String username = account.getUsername();
            throw new TokenRejectedException(
                    Refusal.ACCOUNT_DISABLED, locale -> Texts.get(locale, "token.accountDisabled", username));
        }
        recordUse(token.personalId());
        return token.withGroups(account.groups());
    }

    private void recordUse(String tokenId) {
        Instant now = Instant.now();
        Instant last = lastRecordedUse.get(tokenId);
        if (last == null || last.plus(USE_RECORDED_EVERY).isBefore(now)) {
            lastRecordedUse.put(tokenId, now);
            tokens.markUsed(tokenId, now);
        }
    }

    private static String randomId() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
