package app.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.marquee.actor.ActorDraft;
import app.marquee.actor.ActorRepository;
import app.marquee.actor.ActorSearch;
import app.marquee.actor.ActorSort;
import app.marquee.catalog.Actor;
import app.marquee.catalog.ContactDetails;
import app.marquee.catalog.Movie;
import app.marquee.catalog.Stuntman;
import app.marquee.movie.MovieDraft;
import app.marquee.movie.MovieRepository;
import app.marquee.movie.MovieSearch;
import app.marquee.movie.MovieSort;
import app.marquee.paging.Page;
import app.marquee.paging.PageRequest;
import app.marquee.persistence.NotFoundException;
import app.marquee.persistence.StaleEditException;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The persistence layer inside Payara Micro against PostgreSQL: relationships, cascades, units of
 * work, optimistic locking, the tutorial's queries and the statement count of the listings.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogPersistenceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.marquee(CatalogPersistenceIT.class, CatalogFixture.class);
    }

    @Inject
    MovieRepository movies;

    @Inject
    ActorRepository actors;

    @Inject
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Inject
    CatalogFixture fixture;

    @PersistenceUnit(unitName = "marquee")
    EntityManagerFactory emf;

    @Resource
    ManagedExecutorService executor;

    @BeforeEach
    void sampleCatalogOnly() throws Exception {
        fixture.resetToSampleCatalog();
    }

    private long actorId(String name) {
        return actors.findByName(name).orElseThrow().getId();
    }

    private long movieId(String title) {
        return movies.search(new MovieSearch(title, null, null, MovieSort.TITLE), PageRequest.first())
                .items().get(0).getId();
    }

    private static List<String> titles(List<Movie> list) {
        return list.stream().map(Movie::getTitle).toList();
    }

    private List<Movie> searchMovies(MovieSearch search) {
        return movies.search(search, PageRequest.first()).items();
    }

    private List<String> actorsInCity(String city) {
        return actors.search(new ActorSearch(null, city, ActorSort.NAME), PageRequest.first()).items().stream()
                .map(row -> row.actor().getName()).toList();
    }

    @Test
    void tutorialQueriesGiveTheSpecAnswers() {
        List<Movie> all = searchMovies(MovieSearch.all());
        assertEquals(List.of("Furious 7", "Pain & Gain", "The Bourne Identity"), titles(all));
        assertEquals(List.of(LocalDate.of(2015, 4, 2), LocalDate.of(2013, 8, 23), LocalDate.of(2002, 10, 11)),
                all.stream().map(Movie::getReleaseDate).toList());
        assertEquals(List.of("Furious 7"), titles(searchMovies(new MovieSearch(null, LocalDate.of(2015, 1, 1), null,
                null))));
        assertEquals(List.of("Pain & Gain", "Furious 7"), titles(searchMovies(new MovieSearch(null, null,
                actorId("Dwayne Johnson"), MovieSort.RELEASE_DATE))));
        assertEquals(List.of("Dwayne Johnson", "Mark Wahlberg"), actorsInCity("glendale"));
    }

    @Test
    void actorWithTwoMatchingAddressesIsListedOnce() {
        actors.addContact(actorId("Mark Wahlberg"), "421 000 0000", "North Glendale, CA");
        assertEquals(List.of("Dwayne Johnson", "Mark Wahlberg"), actorsInCity("GLENDALE"));
        assertEquals(2, actors.search(new ActorSearch(null, "Glendale", ActorSort.NAME), PageRequest.first()).total());
    }

    @Test
    void manyToManyIsNavigableFromBothSides() {
        Movie painAndGain = movies.getWithCast(movieId("Pain & Gain"));
        assertEquals(List.of("Dwayne Johnson", "Mark Wahlberg"),
                painAndGain.getActors().stream().map(Actor::getName).toList());
        Actor dwayne = actors.getProfile(actorId("Dwayne Johnson"));
        assertEquals(List.of("Pain & Gain", "Furious 7"), titles(List.copyOf(dwayne.getMovies())));
    }

    @Test
    void contactDetailsAndTheirActorAreNavigableBothWays() {
        Actor dwayne = actors.getProfile(actorId("Dwayne Johnson"));
        assertEquals(List.of("Glendale, CA", "West Hollywood, CA"),
                dwayne.getContactDetails().stream().map(ContactDetails::getAddress).toList());
        dwayne.getContactDetails().forEach(c -> assertEquals(dwayne, c.getActor()));
    }

    @Test
    void stuntmanAndActorAreNavigableBothWaysAndTheDatabaseAllowsOnePerActor() throws Exception {
        Actor matt = actors.getProfile(actorId("Matt Damon"));
        Stuntman johnDoe = matt.getStuntman().orElseThrow();
        assertEquals("John Doe", johnDoe.getName());
        assertTrue(johnDoe.isActive());
        assertEquals(matt, johnDoe.getActor());

        tx.begin();
        try {
            PersistenceException duplicate = assertThrows(PersistenceException.class, () -> em.createNativeQuery(
                            "insert into stuntmen (id, name, active, actor_id) values (999999, 'Second Double', true, ?)")
                    .setParameter(1, matt.getId())
                    .executeUpdate());
            assertTrue(String.valueOf(rootCause(duplicate).getMessage()).contains("uk_stuntmen_actor"),
                    () -> "unexpected failure: " + rootCause(duplicate));
        } finally {
            tx.rollback();
        }
    }

    @Test
    void savingAMovieSavesTheNewActorsInItsCast() {
        Movie oceans = new Movie("Ocean's Eleven", LocalDate.of(2001, 12, 7));
        oceans.addActor(new Actor("George Clooney", LocalDate.of(1961, 5, 6)));
        oceans.addActor(new Actor("Brad Pitt", LocalDate.of(1963, 12, 18)));
        movies.save(oceans);

        Actor george = actors.findByName("George Clooney").orElseThrow();
        assertEquals(List.of("Ocean's Eleven"), titles(List.copyOf(actors.getProfile(george.getId()).getMovies())));
        assertEquals(5, actors.count());
    }

    @Test
    void mergingADetachedMovieMergesItsCast() {
        Movie bourne = movies.getWithCast(movieId("The Bourne Identity"));
        Actor matt = bourne.getActors().iterator().next();
        matt.setName("Matthew Damon");
        bourne.setTitle("The Bourne Identity (2002)");

        movies.save(bourne);

        assertEquals("The Bourne Identity (2002)", movies.getWithCast(bourne.getId()).getTitle());
        assertEquals("Matthew Damon", actors.getProfile(matt.getId()).getName());
    }

    @Test
    void deletingAnActorDeletesItsContactsAndStuntmanAndLeavesItsMovies() throws Exception {
        long dwayne = actorId("Dwayne Johnson");
        actors.delete(dwayne);

        assertFalse(actors.exists(dwayne));
        assertEquals(3, movies.count());
        assertEquals(List.of("Mark Wahlberg"), movies.getWithCast(movieId("Pain & Gain")).getActors().stream()
                .map(Actor::getName).toList());
        assertTrue(movies.getWithCast(movieId("Furious 7")).getActors().isEmpty());
        assertEquals(0L, fixture.countWhere("contact_details", "actor_id", dwayne));
        assertEquals(0L, fixture.countWhere("stuntmen", "actor_id", dwayne));
        assertEquals(0L, fixture.countWhere("movies_actors", "actor_id", dwayne));
        assertEquals(2L, fixture.count("stuntmen"));
    }

    @Test
    void removingAContactFromAnActorDeletesItsRow() throws Exception {
        Actor dwayne = actors.getProfile(actorId("Dwayne Johnson"));
        ContactDetails westHollywood = dwayne.getContactDetails().get(1);

        actors.removeContact(dwayne.getId(), westHollywood.getId());

        assertEquals(0L, fixture.countWhere("contact_details", "id", westHollywood.getId()));
        assertEquals(List.of("Glendale, CA"), actors.getProfile(dwayne.getId()).getContactDetails().stream()
                .map(ContactDetails::getAddress).toList());
    }

    @Test
    void removingAStuntmanDeletesItsRow() throws Exception {
        long mark = actorId("Mark Wahlberg");
        assertTrue(actors.removeStuntman(mark));
        assertTrue(actors.getProfile(mark).getStuntman().isEmpty());
        assertEquals(0L, fixture.countWhere("stuntmen", "actor_id", mark));
    }

    @Test
    void aFailureInsideAServiceCallRollsBackTheWholeUnitOfWork() {
        Movie furious = movies.getWithCast(movieId("Furious 7"));
        long unknownActor = 987_654_321L;

        NotFoundException failure = assertThrows(NotFoundException.class, () -> movies.update(furious.getId(),
                furious.getVersion(), new MovieDraft("Furious Seven", LocalDate.of(2015, 4, 3), Set.of(unknownActor))));
        assertEquals("Actor", failure.kind());

        Movie unchanged = movies.getWithCast(furious.getId());
        assertEquals("Furious 7", unchanged.getTitle());
        assertEquals(LocalDate.of(2015, 4, 2), unchanged.getReleaseDate());
        assertEquals(furious.getVersion(), unchanged.getVersion());
    }

    @Test
    void aFailureLaterInTheSameTransactionUndoesEarlierServiceCalls() throws Exception {
        tx.begin();
        try {
            movies.create(new MovieDraft("Doomed", LocalDate.of(2020, 1, 1), Set.of()));
            actors.create(new ActorDraft("Doomed Actor", null));
            assertThrows(NotFoundException.class, () -> actors.addContact(123_456_789L, "1", "Nowhere"));
        } finally {
            tx.rollback();
        }
        assertEquals(3, movies.count());
        assertEquals(3, actors.count());
    }

    @Test
    void aStaleEditIsRejectedAndChangesNothing() {
        Movie furious = movies.getWithCast(movieId("Furious 7"));
        long seenVersion = furious.getVersion();
        movies.update(furious.getId(), seenVersion, new MovieDraft("Furious 7", LocalDate.of(2015, 4, 2),
                Set.of(actorId("Dwayne Johnson"), actorId("Matt Damon"))));

        assertThrows(StaleEditException.class, () -> movies.update(furious.getId(), seenVersion,
                new MovieDraft("Furious Seven", null, Set.of())));

        Movie current = movies.getWithCast(furious.getId());
        assertEquals("Furious 7", current.getTitle());
        assertEquals(2, current.getActors().size());
        assertEquals(seenVersion + 1, current.getVersion());
    }

    @Test
    void aConcurrentChangeMakesTheLaterFlushFailWithAnOptimisticLockConflict() throws Exception {
        long id = movieId("Furious 7");
        tx.begin();
        try {
            Movie mine = em.find(Movie.class, id);
            Callable<Movie> theirs = () -> movies.update(id, mine.getVersion(),
                    new MovieDraft("Their Furious 7", LocalDate.of(2015, 4, 2), Set.of()));
            executor.submit(theirs).get();

            mine.setTitle("My Furious 7");
            PersistenceException conflict = assertThrows(PersistenceException.class, () -> em.flush());
            assertInstanceOf(OptimisticLockException.class, conflict);
        } finally {
            tx.rollback();
        }
        assertEquals("Their Furious 7", movies.getWithCast(id).getTitle());
    }

    @Test
    void listingsRunTheSameNumberOfStatementsWhateverThePageSize() throws Exception {
        fixture.addMoviesWithCasts(30);
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();

        long[] movieStatements = new long[2];
        long[] actorStatements = new long[2];
        int[] sizes = {5, 25};
        for (int i = 0; i < sizes.length; i++) {
            statistics.clear();
            Page<Movie> page = movies.search(MovieSearch.all(), new PageRequest(1, sizes[i]));
            page.items().forEach(m -> m.getActors().forEach(a -> a.getStuntman().ifPresent(Stuntman::getName)));
            assertEquals(sizes[i], page.items().size());
            movieStatements[i] = statistics.getPrepareStatementCount();

            statistics.clear();
            var actorPage = actors.search(ActorSearch.all(), new PageRequest(1, sizes[i]));
            actorPage.items().forEach(row -> row.addresses());
            assertEquals(sizes[i], actorPage.items().size());
            actorStatements[i] = statistics.getPrepareStatementCount();
        }
        assertEquals(3, movieStatements[0], "count, page ids, movies with casts");
        assertEquals(movieStatements[0], movieStatements[1]);
        assertEquals(3, actorStatements[0], "count, page ids with movie counts, actors with contacts");
        assertEquals(actorStatements[0], actorStatements[1]);
    }

    private static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
