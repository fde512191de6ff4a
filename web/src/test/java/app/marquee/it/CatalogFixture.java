package app.marquee.it;

import app.marquee.catalog.Actor;
import app.marquee.catalog.ContactDetails;
import app.marquee.catalog.Movie;
import app.marquee.catalog.Stuntman;
import app.marquee.sample.SampleCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/** Test data for container tests: each test starts from the tutorial's sample catalogue and nothing else. */
@ApplicationScoped
public class CatalogFixture {

    @Inject
    EntityManager em;

    @Inject
    SampleCatalog sampleCatalog;

    @Transactional
    public void deleteAll() {
        for (String table : new String[] {"movies_actors", "contact_details", "stuntmen", "movies", "actors"}) {
            em.createNativeQuery("delete from " + table).executeUpdate();
        }
    }

    @Transactional
    public void resetToSampleCatalog() {
        deleteAll();
        if (!sampleCatalog.loadIfEmpty()) {
            throw new IllegalStateException("The catalogue was not empty after deleting everything");
        }
    }

    /** Adds {@code n} movies, each with two new actors who have a contact and a stuntman. */
    @Transactional
    public void addMoviesWithCasts(int n) {
        for (int i = 1; i <= n; i++) {
            Movie movie = new Movie(String.format("Bulk Movie %03d", i), LocalDate.of(2000, 1, 1).plusDays(i));
            for (int j = 1; j <= 2; j++) {
                Actor actor = new Actor(String.format("Bulk Actor %03d-%d", i, j), LocalDate.of(1980, 1, 1));
                actor.addContact(new ContactDetails("555 000 " + i, "Bulk Street " + i + ", Springfield"));
                actor.assignStuntman(new Stuntman("Double " + i + "-" + j, true));
                movie.addActor(actor);
            }
            em.persist(movie);
        }
    }

    @Transactional
    public long count(String table) {
        return ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue();
    }

    @Transactional
    public long countWhere(String table, String column, long value) {
        return ((Number) em.createNativeQuery("select count(*) from " + table + " where " + column + " = ?")
                .setParameter(1, value).getSingleResult()).longValue();
    }
}
