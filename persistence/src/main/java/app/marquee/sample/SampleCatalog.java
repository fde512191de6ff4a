package app.marquee.sample;

import app.marquee.catalog.Actor;
import app.marquee.catalog.ContactDetails;
import app.marquee.catalog.Movie;
import app.marquee.catalog.Stuntman;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.Session;

/** The tutorial's sample data (docs/tutorial.md §3): three movies, three actors, their contacts and stuntmen. */
@ApplicationScoped
public class SampleCatalog {

    @Inject
    EntityManager em;

    /**
     * Inserts the sample data when there are no movies yet, and returns whether it did. Only the
     * movies are persisted: their actors, and the actors' contacts and stuntmen, follow by cascade.
     */
    @Transactional
    public boolean loadIfEmpty() {
        if (em.createQuery("select count(m) from Movie m", Long.class).getSingleResult() > 0) {
            return false;
        }
        movies().forEach(em::persist);
        return true;
    }

    /** Whether the catalogue lives in the embedded H2 database, the default when nothing is configured. */
    @Transactional
    public boolean onEmbeddedDatabase() {
        return em.unwrap(Session.class)
                .doReturningWork(connection -> connection.getMetaData().getDatabaseProductName())
                .equals("H2");
    }

    static List<Movie> movies() {
        Movie bourneIdentity = new Movie("The Bourne Identity", LocalDate.of(2002, 10, 11));
        Movie furious7 = new Movie("Furious 7", LocalDate.of(2015, 4, 2));
        Movie painAndGain = new Movie("Pain & Gain", LocalDate.of(2013, 8, 23));

        Actor mattDamon = new Actor("Matt Damon", LocalDate.of(1970, 10, 8));
        Actor dwayneJohnson = new Actor("Dwayne Johnson", LocalDate.of(1972, 5, 2));
        Actor markWahlberg = new Actor("Mark Wahlberg", LocalDate.of(1971, 6, 5));

        bourneIdentity.addActor(mattDamon);
        furious7.addActor(dwayneJohnson);
        painAndGain.addActor(dwayneJohnson);
        painAndGain.addActor(markWahlberg);

        mattDamon.addContact(new ContactDetails("415 555 2671", "Burbank, CA"));
        dwayneJohnson.addContact(new ContactDetails("423 555 5623", "Glendale, CA"));
        dwayneJohnson.addContact(new ContactDetails("421 444 2323", "West Hollywood, CA"));
        markWahlberg.addContact(new ContactDetails("421 333 9428", "Glendale, CA"));

        mattDamon.assignStuntman(new Stuntman("John Doe", true));
        dwayneJohnson.assignStuntman(new Stuntman("John Roe", true));
        markWahlberg.assignStuntman(new Stuntman("Richard Roe", true));

        return List.of(bourneIdentity, furious7, painAndGain);
    }
}
