package app.marquee.history;

import jakarta.persistence.EntityManager;

/** Builds a {@link HistoryRepository} outside the container, on an entity manager the test controls. */
public final class HistoryRepositories {

    private HistoryRepositories() {}

    public static HistoryRepository on(EntityManager em) {
        HistoryRepository repository = new HistoryRepository();
        repository.em = em;
        return repository;
    }
}
