package app.marquee.account;

import app.marquee.persistence.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Accounts. Every public method is one unit of work. The changes an admin makes to roles and to
 * whether an account is enabled check, in the same transaction and with the admins' rows locked,
 * that at least one enabled admin remains, so two admins demoting each other at once cannot both
 * succeed.
 */
@ApplicationScoped
@Transactional
public class AccountRepository {

    @Inject
    EntityManager em;

    public Optional<Account> findByUsername(String username) {
        return em.createQuery("select a from Account a where a.username = :username", Account.class)
                .setParameter("username", Account.normalize(username))
                .getResultStream()
                .findFirst();
    }

    public Account get(long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new NotFoundException("Account", id);
        }
        return account;
    }

    /** Every account, by name; an installation has a handful of editors, not thousands. */
    public List<Account> all() {
        return em.createQuery(
                        "select distinct a from Account a left join fetch a.roles order by a.username", Account.class)
                .getResultList();
    }

    public long count() {
        return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
    }

    public boolean hasEnabledAdmin() {
        return !em.createQuery(
                        "select a.id from Account a join a.roles r where r = :admin and a.enabled = true", Long.class)
                .setParameter("admin", Role.ADMIN)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** Whether some enabled account still signs in with a published demo password. */
    public boolean anyDemoPasswordInUse() {
        return !em.createQuery(
                        "select a.id from Account a where a.demoPassword = true and a.enabled = true", Long.class)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /**
     * Creates an account; {@code demo} marks its password as a published demo password.
     *
     * @throws AccountNameTakenException if the name is taken, also when another request took it a moment ago
     */
    public Account create(String username, String passwordHash, Role level, boolean demo, Instant now) {
        Account account = new Account(username, passwordHash, level, now);
        if (findByUsername(account.getUsername()).isPresent()) {
            throw new AccountNameTakenException(account.getUsername());
        }
        if (demo) {
            account.markDemoPassword();
        }
        em.persist(account);
        try {
            em.flush(); // the unique key decides a race between two creations of the same name
        } catch (PersistenceException e) {
            throw new AccountNameTakenException(account.getUsername());
        }
        return account;
    }

    public void recordSignIn(long id, Instant when) {
        get(id).signedInAt(when);
    }

    /** Sets a new password hash, chosen by the account's owner or reset by an admin. */
    public Account changePassword(long id, String newHash) {
        Account account = get(id);
        account.changePassword(newHash);
        return account;
    }

    /** @throws LastAdminException if this would demote the last enabled admin */
    public Account changeLevel(long id, Role level) {
        Account account = lockedForAdminChange(id);
        if (account.isAdmin() && account.isEnabled() && level != Role.ADMIN) {
            requireAnotherEnabledAdmin(account);
        }
        account.setLevel(level);
        return account;
    }

    /** @throws LastAdminException if this would disable the last enabled admin */
    public Account setEnabled(long id, boolean enabled) {
        Account account = lockedForAdminChange(id);
        if (!enabled && account.isAdmin() && account.isEnabled()) {
            requireAnotherEnabledAdmin(account);
        }
        account.setEnabled(enabled);
        return account;
    }

    // Locks every enabled admin, then the account itself, always in that order, so that concurrent
    // changes of admins are serialised and each sees the others' outcome.
    private Account lockedForAdminChange(long id) {
        em.createQuery(
                        "select a from Account a join a.roles r where r = :admin and a.enabled = true order by a.id",
                        Account.class)
                .setParameter("admin", Role.ADMIN)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        Account account = get(id);
        em.lock(account, LockModeType.PESSIMISTIC_WRITE);
        return account;
    }

    private void requireAnotherEnabledAdmin(Account account) {
        long others = em.createQuery(
                        "select count(a) from Account a join a.roles r where r = :admin"
                                + " and a.enabled = true and a <> :account",
                        Long.class)
                .setParameter("admin", Role.ADMIN)
                .setParameter("account", account)
                .getSingleResult();
        if (others == 0) {
            throw new LastAdminException();
        }
    }
}
