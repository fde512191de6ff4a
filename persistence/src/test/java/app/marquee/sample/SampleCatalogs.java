package app.marquee.sample;

import jakarta.persistence.EntityManager;

/** Builds a {@link SampleCatalog} outside the container, on an entity manager the test controls. */
public final class SampleCatalogs {

    private SampleCatalogs() {}

    /** The sample catalogue, using {@code em} where CDI would inject the container's entity manager. */
    public static SampleCatalog on(EntityManager em) {
        SampleCatalog catalog = new SampleCatalog();
        catalog.em = em;
        return catalog;
    }
}
