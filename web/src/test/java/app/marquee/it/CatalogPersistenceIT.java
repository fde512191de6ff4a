package app.marquee.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
import app.marquee.movie.MovieSummary;
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
        return Deployments.inServer(CatalogPersistenceIT.class, CatalogFixture.class);
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
                .items()
                .get(0)
                .id();
    }

    private static List<String> titles(List<Movie> list) {
        return list.stream().map(Movie::getTitle).toList();
    }

    private static List<String> listedTitles(List<MovieSummary> list) {
        return list.stream().map(MovieSummary::title).toList();
    }

    private List<MovieSummary> searchMovies(MovieSearch search) {
        return movies.search(search, PageRequest.first()).items();
    }

    private List<String> actorsInCity(String city) {
        return actors.search(new ActorSearch(null, city, ActorSort.NAME), PageRequest.first()).items().stream()
                .map(row -> row.actor().getName())
                .toList();
    }

    @Test
    void tutorialQueriesGiveTheSpecAnswers() {
        List<MovieSummary> all = searchMovies(MovieSearch.all());
        assertThat(listedTitles(all)).isEqualTo(List.of("Furious 7", "Pain & Gain", "The Bourne Identity"));
        assertThat(all.stream().map(MovieSummary::releaseDate).toList())
                .isEqualTo(List.of(LocalDate.of(2015, 4, 2), LocalDate.of(2013, 8, 23), LocalDate.of(2002, 10, 11)));
        assertThat(listedTitles(searchMovies(new MovieSearch(null, LocalDate.of(2015, 1, 1), null, null))))
                .isEqualTo(List.of("Furious 7"));
        assertThat(listedTitles(
                        searchMovies(new MovieSearch(null, null, actorId("Dwayne Johnson"), MovieSort.RELEASE_DATE))))
                .isEqualTo(List.of("Pain & Gain", "Furious 7"));
        assertThat(actorsInCity("glendale")).isEqualTo(List.of("Dwayne Johnson", "Mark Wahlberg"));
    }

    @Test
    void actorWithTwoMatchingAddressesIsListedOnce() {
        actors.addContact(actorId("Mark Wahlberg"), "421 000 0000", "North Glendale, CA");
        assertThat(actorsInCity("GLENDALE")).isEqualTo(List.of("Dwayne Johnson", "Mark Wahlberg"));
        assertThat(actors.search(new ActorSearch(null, "Glendale", ActorSort.NAME), PageRequest.first())
                        .total())
                .isEqualTo(2);
    }

    @Test
    void manyToManyIsNavigableFromBothSides() {
        Movie painAndGain = movies.getWithCast(movieId("Pain & Gain"));
        assertThat(painAndGain.getActors().stream().map(Actor::getName).toList())
                .isEqualTo(List.of("Dwayne Johnson", "Mark Wahlberg"));
        Actor dwayne = actors.getProfile(actorId("Dwayne Johnson"));
        assertThat(titles(List.copyOf(dwayne.getMovies()))).isEqualTo(List.of("Pain & Gain", "Furious 7"));
    }

    @Test
    void contactDetailsAndTheirActorAreNavigableBothWays() {
        Actor dwayne = actors.getProfile(actorId("Dwayne Johnson"));
        assertThat(dwayne.getContactDetails().stream()
                        .map(ContactDetails::getAddress)
                        .toList())
                .isEqualTo(List.of("Glendale, CA", "West Hollywood, CA"));
        dwayne.getContactDetails().forEach(c -> assertThat(c.getActor()).isEqualTo(dwayne));
    }

    @Test
    void stuntmanAndActorAreNavigableBothWaysAndTheDatabaseAllowsOnePerActor() throws Exception {
        Actor matt = actors.getProfile(actorId("Matt Damon"));
        Stuntman johnDoe = matt.getStuntman().orElseThrow();
        assertThat(johnDoe.getName()).isEqualTo("John Doe");
        assertThat(johnDoe.isActive()).isTrue();
        assertThat(johnDoe.getActor()).isEqualTo(matt);

        tx.begin();
        try {
            PersistenceException duplicate = catchThrowableOfType(
                    PersistenceException.class,
                    () -> em.createNativeQuery(
                                    "insert into stuntmen (id, name, active, actor_id) values (999999, 'Second Double', true, ?)")
                            .setParameter(1, matt.getId())
                            .executeUpdate());
            assertThat(duplicate).isNotNull();
            assertThat(String.valueOf(rootCause(duplicate).getMessage()))
                    .as(() -> "unexpected failure: " + rootCause(duplicate))
                    .contains("uk_stuntmen_actor");
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
        assertThat(titles(List.copyOf(actors.getProfile(george.getId()).getMovies())))
                .isEqualTo(List.of("Ocean's Eleven"));
        assertThat(actors.count()).isEqualTo(5);
    }

    @Test
    void mergingADetachedMovieMergesItsCast() {
        Movie bourne = movies.getWithCast(movieId("The Bourne Identity"));
        Actor matt = bourne.getActors().iterator().next();
        matt.setName("Matthew Damon");
        bourne.setTitle("The Bourne Identity (2002)");

        movies.save(bourne);

        assertThat(movies.getWithCast(bourne.getId()).getTitle()).isEqualTo("The Bourne Identity (2002)");
        assertThat(actors.getProfile(matt.getId()).getName()).isEqualTo("Matthew Damon");
    }

    @Test
    void deletingAnActorDeletesItsContactsAndStuntmanAndLeavesItsMovies() throws Exception {
        long dwayne = actorId("Dwayne Johnson");
        actors.delete(dwayne);

        assertThat(actors.exists(dwayne)).isFalse();
        assertThat(movies.count()).isEqualTo(3);
        assertThat(movies.getWithCast(movieId("Pain & Gain")).getActors().stream()
                        .map(Actor::getName)
                        .toList())
                .isEqualTo(List.of("Mark Wahlberg"));
        assertThat(movies.getWithCast(movieId("Furious 7")).getActors()).isEmpty();
        assertThat(fixture.countWhere("contact_details", "actor_id", dwayne)).isEqualTo(0L);
        assertThat(fixture.countWhere("stuntmen", "actor_id", dwayne)).isEqualTo(0L);
        assertThat(fixture.countWhere("movies_actors", "actor_id", dwayne)).isEqualTo(0L);
        assertThat(fixture.count("stuntmen")).isEqualTo(2L);
    }

    @Test
    void removingAContactFromAnActorDeletesItsRow() throws Exception {
        Actor dwayne = actors.getProfile(actorId("Dwayne Johnson"));
        ContactDetails westHollywood = dwayne.getContactDetails().get(1);

        actors.removeContact(dwayne.getId(), westHollywood.getId());

        assertThat(fixture.countWhere("contact_details", "id", westHollywood.getId()))
                .isEqualTo(0L);
        assertThat(actors.getProfile(dwayne.getId()).getContactDetails().stream()
                        .map(ContactDetails::getAddress)
                        .toList())
                .isEqualTo(List.of("Glendale, CA"));
    }

    @Test
    void removingAStuntmanDeletesItsRow() throws Exception {
        long mark = actorId("Mark Wahlberg");
        assertThat(actors.removeStuntman(mark)).isTrue();
        assertThat(actors.getProfile(mark).getStuntman()).isEmpty();
        assertThat(fixture.countWhere("stuntmen", "actor_id", mark)).isEqualTo(0L);
    }

    @Test
    void aFailureInsideAServiceCallRollsBackTheWholeUnitOfWork() {
        Movie furious = movies.getWithCast(movieId("Furious 7"));
        long unknownActor = 987_654_321L;

        NotFoundException failure = catchThrowableOfType(
                NotFoundException.class,
                () -> movies.update(
                        furious.getId(),
                        furious.getVersion(),
                        new MovieDraft("Furious Seven", LocalDate.of(2015, 4, 3), Set.of(unknownActor))));
        assertThat(failure).isNotNull();
        assertThat(failure.kind()).isEqualTo("Actor");

        Movie unchanged = movies.getWithCast(furious.getId());
        assertThat(unchanged.getTitle()).isEqualTo("Furious 7");
        assertThat(unchanged.getReleaseDate()).isEqualTo(LocalDate.of(2015, 4, 2));
        assertThat(unchanged.getVersion()).isEqualTo(furious.getVersion());
    }

    @Test
    void aFailureLaterInTheSameTransactionUndoesEarlierServiceCalls() throws Exception {
        tx.begin();
        try {
            movies.create(new MovieDraft("Doomed", LocalDate.of(2020, 1, 1), Set.of()));
            actors.create(new ActorDraft("Doomed Actor", null));
            assertThatThrownBy(() -> actors.addContact(123_456_789L, "1", "Nowhere"))
                    .isInstanceOf(NotFoundException.class);
        } finally {
            tx.rollback();
        }
        assertThat(movies.count()).isEqualTo(3);
        assertThat(actors.count()).isEqualTo(3);
    }

    @Test
    void aStaleEditIsRejectedAndChangesNothing() {
        Movie furious = movies.getWithCast(movieId("Furious 7"));
        long seenVersion = furious.getVersion();
        movies.update(
                furious.getId(),
                seenVersion,
                new MovieDraft(
                        "Furious 7",
                        LocalDate.of(2015, 4, 2),
                        Set.of(actorId("Dwayne Johnson"), actorId("Matt Damon"))));

        assertThatThrownBy(() ->
                        movies.update(furious.getId(), seenVersion, new MovieDraft("Furious Seven", null, Set.of())))
                .isInstanceOf(StaleEditException.class);

        Movie current = movies.getWithCast(furious.getId());
        assertThat(current.getTitle()).isEqualTo("Furious 7");
        assertThat(current.getActors().size()).isEqualTo(2);
        assertThat(current.getVersion()).isEqualTo(seenVersion + 1);
    }

    @Test
    void aConcurrentChangeMakesTheLaterFlushFailWithAnOptimisticLockConflict() throws Exception {
        long id = movieId("Furious 7");
        tx.begin();
        try {
            Movie mine = em.find(Movie.class, id);
            Callable<Movie> theirs = () -> movies.update(
                    id, mine.getVersion(), new MovieDraft("Their Furious 7", LocalDate.of(2015, 4, 2), Set.of()));
            executor.submit(theirs).get();

            mine.setTitle("My Furious 7");
            PersistenceException conflict = catchThrowableOfType(PersistenceException.class, () -> em.flush());
            assertThat(conflict).isInstanceOf(OptimisticLockException.class);
        } finally {
            tx.rollback();
        }
        assertThat(movies.getWithCast(id).getTitle()).isEqualTo("Their Furious 7");
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
            Page<MovieSummary> page = movies.search(MovieSearch.all(), new PageRequest(1, sizes[i]));
            assertThat(page.items().size()).isEqualTo(sizes[i]);
            movieStatements[i] = statistics.getPrepareStatementCount();

            statistics.clear();
            var actorPage = actors.search(ActorSearch.all(), new PageRequest(1, sizes[i]));
            actorPage.items().forEach(row -> row.addresses());
            assertThat(actorPage.items().size()).isEqualTo(sizes[i]);
            actorStatements[i] = statistics.getPrepareStatementCount();
        }
        assertThat(movieStatements[0]).as("count, page ids, movies with casts").isEqualTo(3);
        assertThat(movieStatements[1]).isEqualTo(movieStatements[0]);
        assertThat(actorStatements[0])
                .as("count, page ids with movie counts, actors with contacts")
                .isEqualTo(3);
        assertThat(actorStatements[1]).isEqualTo(actorStatements[0]);
    }

    private static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
