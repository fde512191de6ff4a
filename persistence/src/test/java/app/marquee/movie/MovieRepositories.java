package app.marquee.movie;

import jakarta.persistence.EntityManager;

/** Builds a {@link MovieRepository} outside the container, on an entity manager the test controls. */
public final class MovieRepositories {

    private MovieRepositories() {
    }

    /** The repository, using {@code em} where CDI would inject the container's entity manager. */
    public static MovieRepository on(EntityManager em) {
        MovieRepository repository = new MovieRepository();
        repository.em = em;
        return repository;
    }
}
