package app.marquee.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the sample catalogue when {@code marquee.sample-data} says so. Left unset, it is
 * on for the embedded H2 database (a first run should show something) and off for any other.
 */
@ApplicationScoped
public class SampleDataLoader {

    private static final Logger LOG = Logger.getLogger(SampleDataLoader.class.getName());

    @Inject
    @ConfigProperty(name = "marquee.sample-data")
    Optional<Boolean> sampleData;

    @Inject
    SampleCatalog catalog;

    /**
     * Loads the sample catalogue if the configuration asks for it; called once at start-up. Returns
     * whether this is a demonstration installation: the sample data on the embedded database.
     */
    public boolean loadIfWanted() {
        boolean wanted = isWanted();
        if (!wanted) {
            LOG.info("Sample data: off (marquee.sample-data)");
        } else if (catalog.loadIfEmpty()) {
            LOG.info("Sample data: loaded the tutorial's 3 movies and 3 actors");
        } else {
            LOG.info("Sample data: the catalogue already has movies; nothing loaded");
        }
        return wanted && catalog.onEmbeddedDatabase();
    }

    /** Whether the sample data is on: as configured, else only for the embedded database. */
    public boolean isWanted() {
        return sampleData.orElseGet(catalog::onEmbeddedDatabase);
    }
}
