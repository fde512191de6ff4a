package app.marquee.account;

import app.marquee.persistence.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The personal API tokens of accounts. Every public method is one unit of work. */
@ApplicationScoped
@Transactional
public class ApiTokenRepository {

    @Inject
    EntityManager em;

    /** Records a token that {@code accountId} created; the token text itself is never stored. */
    public ApiToken create(long accountId, String name, String tokenId, Instant createdAt, Instant expiresAt) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new NotFoundException("Account", accountId);
        }
        ApiToken token = new ApiToken(account, name, tokenId, createdAt, expiresAt);
        em.persist(token);
        return token;
    }

    /** An account's tokens, newest first. */
    public List<ApiToken> ofAccount(long accountId) {
        return em.createQuery(
                        "select t from ApiToken t where t.account.id = :account order by t.createdAt desc, t.id desc",
                        ApiToken.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    /**
     * Revokes one of the account's own tokens.
     *
     * @throws NotFoundException if the account has no token with this id (another's token included)
     */
    public ApiToken revoke(long accountId, long tokenRecordId, Instant when) {
        ApiToken token = em.find(ApiToken.class, tokenRecordId);
        if (token == null || !token.getAccount().getId().equals(accountId)) {
            throw new NotFoundException("Token", tokenRecordId);
        }
        token.revoke(when);
        return token;
    }

    /** The token record a presented token names, with its account and roles, for the API's checks. */
    public Optional<ApiToken> findForUse(String tokenId) {
        return em.createQuery(
                        "select t from ApiToken t join fetch t.account a left join fetch a.roles"
                                + " where t.tokenId = :tokenId",
                        ApiToken.class)
                .setParameter("tokenId", tokenId)
                .getResultStream()
                .findFirst();
    }

    /** Notes when a token was last used; one statement, no read. */
    public void markUsed(String tokenId, Instant when) {
        em.createQuery("update ApiToken t set t.lastUsedAt = :when where t.tokenId = :tokenId")
                .setParameter("when", LocalDateTime.ofInstant(when, ZoneOffset.UTC))
                .setParameter("tokenId", tokenId)
                .executeUpdate();
    }
}
