package app.marquee.account;

import jakarta.persistence.EntityManager;

/** Repositories outside the container, for the dialect tests. */
public final class AccountRepositories {

    private AccountRepositories() {}

    /** The repository, using {@code em} where CDI would inject the container's entity manager. */
    public static AccountRepository on(EntityManager em) {
        AccountRepository repository = new AccountRepository();
        repository.em = em;
        return repository;
    }

    public static ApiTokenRepository tokensOn(EntityManager em) {
        ApiTokenRepository repository = new ApiTokenRepository();
        repository.em = em;
        return repository;
    }
}
