package app.marquee.actor;

import jakarta.persistence.EntityManager;

/** Builds an {@link ActorRepository} outside the container, on an entity manager the test controls. */
public final class ActorRepositories {

    private ActorRepositories() {}

    /** The repository, using {@code em} where CDI would inject the container's entity manager. */
    public static ActorRepository on(EntityManager em) {
        ActorRepository repository = new ActorRepository();
        repository.em = em;
        return repository;
    }
}
