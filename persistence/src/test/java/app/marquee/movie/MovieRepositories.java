package app.marquee.movie;

import jakarta.persistence.EntityManager;

/** Builds a {@link MovieRepository} outside the container, on an entity manager the test controls. */
public final class MovieRepositories {

    private MovieRepositories() {}

    /** The repository, using {@code em} where CDI would inject the container's entity manager. */
    public static MovieRepository on(EntityManager em) {
        MovieRepository repository = new MovieRepository();
        repository.em = em;
        return repository;
    }

    /**
     * The repository without its duplicate check before writing, as if another transaction had added
     * the same movie between that check and the write: only the database's unique key is left.
     */
    public static MovieRepository withoutDuplicateCheck(EntityManager em) {
        MovieRepository repository = new MovieRepository() {
            @Override
            boolean keyTaken(String titleKey, Long exceptId) {
                return false;
            }
        };
        repository.em = em;
        return repository;
    }
}
