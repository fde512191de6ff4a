package app.marquee.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import app.marquee.account.Account;
import app.marquee.account.AccountNameTakenException;
import app.marquee.account.AccountRepositories;
import app.marquee.account.AccountRepository;
import app.marquee.account.ApiToken;
import app.marquee.account.ApiTokenRepository;
import app.marquee.account.LastAdminException;
import app.marquee.account.Role;
import app.marquee.actor.ActorDraft;
import app.marquee.actor.ActorRepositories;
import app.marquee.actor.ActorRepository;
import app.marquee.actor.ActorRow;
import app.marquee.actor.ActorSearch;
import app.marquee.actor.ActorSort;
import app.marquee.catalog.Actor;
import app.marquee.catalog.CatalogDates;
import app.marquee.catalog.ContactDetails;
import app.marquee.catalog.Movie;
import app.marquee.catalog.Stuntman;
import app.marquee.history.Change;
import app.marquee.history.ChangeOrigin;
import app.marquee.history.Channel;
import app.marquee.history.HistoryEntry;
import app.marquee.history.HistoryRepositories;
import app.marquee.history.HistoryRepository;
import app.marquee.history.MovieVersion;
import app.marquee.history.RecentChange;
import app.marquee.movie.DuplicateMovieException;
import app.marquee.movie.MovieDraft;
import app.marquee.movie.MovieRepositories;
import app.marquee.movie.MovieRepository;
import app.marquee.movie.MovieSearch;
import app.marquee.movie.MovieSort;
import app.marquee.movie.MovieSummary;
import app.marquee.paging.Page;
import app.marquee.paging.PageRequest;
import app.marquee.sample.SampleCatalog;
import app.marquee.sample.SampleCatalogs;
import app.marquee.schema.SchemaMigrator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolationException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.StaleObjectStateException;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The queries and units of work of the repositories, run against a real database through the real
 * persistence unit "marquee", outside the container. One subclass per supported database (in the
 * manner of spring-framework-petclinic's {@code AbstractClinicServiceTests}) proves that the same
 * code and migrations give the same answers on each: bootstrapping runs the Flyway migrations on an
 * empty schema and Hibernate then validates the mapping against it.
 *
 * <p>The persistence unit is switched to resource-local transactions on the subclass's data source.
 * Each repository call is wrapped in its own transaction, after which the persistence context is
 * cleared, as the container's transaction-scoped entity manager would be: whatever a caller reads
 * from a returned entity must have been loaded inside the call.
 *
 * <p>Every test starts from the tutorial's sample catalogue (docs/tutorial.md §3) on otherwise empty tables.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractCatalogQueryTests {

    private static final LocalDate BOURNE_RELEASE = LocalDate.of(2002, 10, 11);

    private DataSource dataSource;
    private EntityManagerFactory emf;
    private EntityManager em;
    private MovieRepository movies;
    private ActorRepository actors;
    private AccountRepository accounts;
    private ApiTokenRepository tokens;
    private SampleCatalog sampleCatalog;
    private HistoryRepository history;

    /**
     * A data source on the database under test, whose schema has just been emptied, so that every
     * migration runs from scratch when the persistence unit starts.
     */
    protected abstract DataSource emptyDatabase() throws SQLException;

    @BeforeAll
    void startPersistenceUnit() throws SQLException {
        // The unit is declared for JTA on the container's pool; here it runs on resource-local
        // transactions on the subclass's data source. The JTA data source is cleared with null: Hibernate
        // would look an empty string up in JNDI.
        Map<String, Object> settings = new HashMap<>();
        settings.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        settings.put("jakarta.persistence.jtaDataSource", null);
        dataSource = emptyDatabase();
        settings.put("jakarta.persistence.nonJtaDataSource", dataSource);
        settings.put(
                "hibernate.transaction.jta.platform",
                "org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform");
        emf = Persistence.createEntityManagerFactory("marquee", settings);
    }

    @AfterAll
    void stopPersistenceUnit() {
        if (emf != null) {
            emf.close();
        }
    }

    @BeforeEach
    void startFromTheSampleCatalogue() {
        em = emf.createEntityManager();
        movies = MovieRepositories.on(em);
        actors = ActorRepositories.on(em);
        accounts = AccountRepositories.on(em);
        tokens = AccountRepositories.tokensOn(em);
        sampleCatalog = SampleCatalogs.on(em);
        history = HistoryRepositories.on(em);
        deleteEverything();
        assertThat(inTransaction(sampleCatalog::loadIfEmpty)).isTrue();
    }

    @AfterEach
    void closeEntityManager() {
        em.close();
    }

    // --- The schema ---

    @Test
    void theSchemaIsMigratedWhenThePersistenceUnitStarts() {
        assertThat(SchemaMigrator.migrate(dataSource))
                .as("migrations still pending after start-up")
                .isZero();
    }

    @Test
    void loadingTheSampleCatalogueTwiceLoadsItOnce() {
        assertThat(inTransaction(sampleCatalog::loadIfEmpty)).isFalse();

        assertThat(rows("movies")).isEqualTo(3);
        assertThat(rows("actors")).isEqualTo(3);
        assertThat(rows("movies_actors")).isEqualTo(4);
        assertThat(rows("contact_details")).isEqualTo(4);
        assertThat(rows("stuntmen")).isEqualTo(3);
    }

    // --- The tutorial's queries (docs/tutorial.md §4), answered by the listings' searches ---

    @Test
    void allMoviesAreListedWithTheirReleaseDates() {
        assertThat(searchMovies(MovieSearch.all()))
                .extracting(MovieSummary::title, MovieSummary::releaseDate)
                .containsExactly(
                        tuple("Furious 7", LocalDate.of(2015, 4, 2)),
                        tuple("Pain & Gain", LocalDate.of(2013, 8, 23)),
                        tuple("The Bourne Identity", BOURNE_RELEASE));
    }

    @Test
    void onlyFurious7WasReleasedAfter2015() {
        assertThat(listedTitles(searchMovies(new MovieSearch(null, LocalDate.of(2015, 1, 1), null, null))))
                .containsExactly("Furious 7");
    }

    @Test
    void dwayneJohnsonStarredInPainAndGainThenFurious7() {
        assertThat(starring(actorId("Dwayne Johnson"))).containsExactly("Pain & Gain", "Furious 7");
    }

    @Test
    void findsActorsByCityIgnoringCase() {
        assertThat(actorsInCity("glendale")).containsExactly("Dwayne Johnson", "Mark Wahlberg");
        assertThat(actorsInCity("GLENDALE")).containsExactly("Dwayne Johnson", "Mark Wahlberg");
        assertThat(actorsInCity(" Glendale ")).containsExactly("Dwayne Johnson", "Mark Wahlberg");
        assertThat(actorsInCity("burbank")).containsExactly("Matt Damon");
        assertThat(actorsInCity("pasadena")).isEmpty();
    }

    @Test
    void anActorWithTwoAddressesInTheCityIsListedOnce() {
        long markWahlberg = actorId("Mark Wahlberg");
        inTransaction(() -> actors.addContact(markWahlberg, "421 333 0000", "100 Brand Blvd, Glendale, CA"));

        Page<ActorRow> page =
                inTransaction(() -> actors.search(new ActorSearch(null, "glendale", null), PageRequest.first()));
        assertThat(page.items())
                .extracting(row -> row.actor().getName())
                .containsExactly("Dwayne Johnson", "Mark Wahlberg");
        assertThat(page.total()).isEqualTo(2);
    }

    // --- Searching movies ---

    @Test
    void searchFindsTitlesContainingTheFilterIgnoringCase() {
        assertThat(listedTitles(searchMovies(new MovieSearch("BOURNE", null, null, null))))
                .containsExactly("The Bourne Identity");
        assertThat(listedTitles(searchMovies(new MovieSearch("ain", null, null, null))))
                .containsExactly("Pain & Gain");
        assertThat(listedTitles(searchMovies(new MovieSearch("  fUrIoUs ", null, null, null))))
                .containsExactly("Furious 7");
        assertThat(searchMovies(new MovieSearch("Heat", null, null, null))).isEmpty();
    }

    @Test
    void searchTakesWildcardsInTheTitleFilterLiterally() {
        for (String title :
                List.of("100% Wolf", "100 Wolves", "A_B Testing", "AxB Files", "Hey! Arnold", "Hey Arnold")) {
            createMovie(title, null);
        }

        assertThat(listedTitles(searchMovies(new MovieSearch("0% w", null, null, null))))
                .containsExactly("100% Wolf");
        assertThat(listedTitles(searchMovies(new MovieSearch("%", null, null, null))))
                .containsExactly("100% Wolf");
        assertThat(listedTitles(searchMovies(new MovieSearch("a_b", null, null, null))))
                .containsExactly("A_B Testing");
        assertThat(listedTitles(searchMovies(new MovieSearch("_", null, null, null))))
                .containsExactly("A_B Testing");
        assertThat(listedTitles(searchMovies(new MovieSearch("y! a", null, null, null))))
                .containsExactly("Hey! Arnold");
        assertThat(listedTitles(searchMovies(new MovieSearch("&", null, null, null))))
                .containsExactly("Pain & Gain");
    }

    @Test
    void searchFindsMoviesReleasedStrictlyAfterTheDate() {
        createMovie("Undated", null);

        assertThat(listedTitles(searchMovies(new MovieSearch(null, LocalDate.of(2013, 8, 23), null, null))))
                .containsExactly("Furious 7");
        assertThat(listedTitles(searchMovies(new MovieSearch(null, LocalDate.of(2013, 8, 22), null, null))))
                .containsExactly("Furious 7", "Pain & Gain");
        assertThat(searchMovies(new MovieSearch(null, LocalDate.of(2015, 4, 2), null, null)))
                .isEmpty();
    }

    @Test
    void searchFindsTheMoviesOfAnActorAndCombinesFilters() {
        long dwayneJohnson = actorId("Dwayne Johnson");
        long keanuReeves = inTransaction(() -> actors.create(new ActorDraft("Keanu Reeves", null)))
                .getId();

        assertThat(listedTitles(searchMovies(new MovieSearch(null, null, dwayneJohnson, null))))
                .containsExactly("Furious 7", "Pain & Gain");
        assertThat(listedTitles(searchMovies(new MovieSearch(null, LocalDate.of(2015, 1, 1), dwayneJohnson, null))))
                .containsExactly("Furious 7");
        assertThat(listedTitles(searchMovies(new MovieSearch("GAIN", null, dwayneJohnson, null))))
                .containsExactly("Pain & Gain");
        assertThat(searchMovies(new MovieSearch("bourne", null, dwayneJohnson, null)))
                .isEmpty();
        Page<MovieSummary> none =
                inTransaction(() -> movies.search(new MovieSearch(null, null, keanuReeves, null), PageRequest.first()));
        assertThat(none.items()).isEmpty();
        assertThat(none.total()).isZero();
    }

    @ParameterizedTest
    @EnumSource(MovieSort.class)
    void searchSortsMoviesInEachOrder(MovieSort sort) {
        createMovie("gladiator", null);

        List<String> expected = switch (sort) {
            case TITLE -> List.of("Furious 7", "gladiator", "Pain & Gain", "The Bourne Identity");
            case TITLE_DESC -> List.of("The Bourne Identity", "Pain & Gain", "gladiator", "Furious 7");
            case RELEASE_DATE -> List.of("The Bourne Identity", "Pain & Gain", "Furious 7", "gladiator");
            case RELEASE_DATE_DESC -> List.of("Furious 7", "Pain & Gain", "The Bourne Identity", "gladiator");
        };
        assertThat(listedTitles(searchMovies(new MovieSearch(null, null, null, sort))))
                .isEqualTo(expected);
    }

    @Test
    void searchReturnsTheRequestedPageAndTheTotal() {
        createMovie("gladiator", null);

        Page<MovieSummary> second = inTransaction(() -> movies.search(MovieSearch.all(), new PageRequest(2, 2)));

        assertThat(listedTitles(second.items())).containsExactly("Pain & Gain", "The Bourne Identity");
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.total()).isEqualTo(4);
        assertThat(second.totalPages()).isEqualTo(2);
        assertThat(second.hasNext()).isFalse();
        Page<MovieSummary> pastTheEnd = inTransaction(() -> movies.search(MovieSearch.all(), new PageRequest(3, 2)));
        assertThat(pastTheEnd.items()).isEmpty();
        assertThat(pastTheEnd.total()).isEqualTo(4);
    }

    @Test
    void searchListsEachMovieWithItsCastByName() {
        List<MovieSummary> found = searchMovies(MovieSearch.all());

        MovieSummary painAndGain = found.stream()
                .filter(m -> m.title().equals("Pain & Gain"))
                .findFirst()
                .orElseThrow();
        assertThat(painAndGain.cast())
                .extracting(MovieSummary.CastMember::name)
                .containsExactly("Dwayne Johnson", "Mark Wahlberg");
        assertThat(painAndGain.cast())
                .extracting(MovieSummary.CastMember::id)
                .containsExactly(actorId("Dwayne Johnson"), actorId("Mark Wahlberg"));
        assertThat(painAndGain.version()).isZero();
    }

    @Test
    void searchRunsTheSameNumberOfStatementsWhateverThePageSize() {
        addThirtyMoviesWithCasts();
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();

        statistics.clear();
        Page<MovieSummary> small = inTransaction(() -> movies.search(MovieSearch.all(), new PageRequest(2, 2)));
        long smallPageStatements = statistics.getPrepareStatementCount();
        statistics.clear();
        Page<MovieSummary> large = inTransaction(() -> movies.search(MovieSearch.all(), new PageRequest(1, 20)));
        long largePageStatements = statistics.getPrepareStatementCount();

        assertThat(small.items()).hasSize(2);
        assertThat(large.items()).hasSize(20);
        assertThat(large.total()).isEqualTo(33);
        // "Furious 7" with its one actor, then "Movie 01" to "Movie 19" with three each
        assertThat(large.items().stream().mapToInt(m -> m.cast().size()).sum()).isEqualTo(1 + 19 * 3);
        // the count, the ids of the page, the movies of those ids with their casts
        assertThat(smallPageStatements).isEqualTo(3);
        assertThat(largePageStatements).isEqualTo(smallPageStatements);
    }

    @Test
    void listingsCountTheirMatchesOnlyUpToTheLimitAndGoOnWhilePagesAreFull() throws SQLException {
        // 3 sample movies + 998 = one more than the limit; inserted in one batch outside Hibernate.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into movies (id, version, title, release_date, title_key) values (?, 0, ?, null, ?)")) {
            for (int i = 1; i <= Page.COUNT_LIMIT - 2; i++) {
                insert.setLong(1, 800_000 + i);
                insert.setString(2, "Bulk " + i);
                insert.setString(3, "bulk " + i + "|");
                insert.addBatch();
            }
            insert.executeBatch();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
        Page<MovieSummary> first = inTransaction(() -> movies.search(MovieSearch.all(), new PageRequest(1, 20)));
        assertThat(first.exact()).isFalse();
        assertThat(first.total()).isEqualTo(Page.COUNT_LIMIT);
        assertThat(first.hasNext()).isTrue();

        // The last rows are still reachable: 1,001 rows make 10 full pages of 100 and one of 1.
        Page<MovieSummary> last = inTransaction(() -> movies.search(MovieSearch.all(), new PageRequest(11, 100)));
        assertThat(last.items()).hasSize(1);
        assertThat(last.hasNext()).isFalse();

        Page<MovieSummary> filtered = inTransaction(
                () -> movies.search(new MovieSearch("bulk 99", null, null, MovieSort.TITLE), new PageRequest(1, 20)));
        assertThat(filtered.exact()).isTrue();
        assertThat(filtered.total()).as("Bulk 99, 990-998").isEqualTo(1 + 9);
    }

    // --- Searching actors ---

    @Test
    void actorSearchFindsNamesContainingTheFilterIgnoringCase() {
        assertThat(actorNames(searchActors(new ActorSearch("MA", null, null))))
                .containsExactly("Mark Wahlberg", "Matt Damon");
        assertThat(actorNames(searchActors(new ActorSearch(" johnson ", null, null))))
                .containsExactly("Dwayne Johnson");
        assertThat(searchActors(new ActorSearch("Pacino", null, null))).isEmpty();
    }

    @Test
    void actorSearchFindsActorsByCityWithTheirMovieCountsAndAddresses() {
        assertThat(searchActors(new ActorSearch(null, "GLENDALE", null)))
                .extracting(row -> row.actor().getName(), ActorRow::movieCount, ActorRow::addresses)
                .containsExactly(
                        tuple("Dwayne Johnson", 2L, List.of("Glendale, CA", "West Hollywood, CA")),
                        tuple("Mark Wahlberg", 1L, List.of("Glendale, CA")));
        assertThat(searchActors(new ActorSearch("dwayne", "hollywood", null)))
                .extracting(row -> row.actor().getName(), ActorRow::movieCount)
                .containsExactly(tuple("Dwayne Johnson", 2L));
        assertThat(searchActors(new ActorSearch("mark", "hollywood", null))).isEmpty();
    }

    @Test
    void actorSearchListsEachAddressOnceAndCountsNoMoviesForANewActor() {
        long markWahlberg = actorId("Mark Wahlberg");
        inTransaction(() -> actors.addContact(markWahlberg, "421 333 0000", "Glendale, CA"));
        inTransaction(() -> actors.create(new ActorDraft("Keanu Reeves", null)));

        assertThat(searchActors(ActorSearch.all()))
                .extracting(row -> row.actor().getName(), ActorRow::movieCount, ActorRow::addresses)
                .containsExactly(
                        tuple("Dwayne Johnson", 2L, List.of("Glendale, CA", "West Hollywood, CA")),
                        tuple("Keanu Reeves", 0L, List.of()),
                        tuple("Mark Wahlberg", 1L, List.of("Glendale, CA")),
                        tuple("Matt Damon", 1L, List.of("Burbank, CA")));
        assertThat(inTransaction(() -> actors.getProfile(markWahlberg)).getContactDetails())
                .hasSize(2);
    }

    @Test
    void actorSearchListsEveryContactOfEveryActorOnThePage() {
        long mattDamon = actorId("Matt Damon");
        long dwayneJohnson = actorId("Dwayne Johnson");
        inTransaction(() -> actors.addContact(mattDamon, "415 555 0000", "Pasadena, CA"));
        inTransaction(() -> actors.addContact(dwayneJohnson, "423 555 0000", "Burbank, CA"));

        assertThat(searchActors(ActorSearch.all()))
                .extracting(row -> row.actor().getName(), ActorRow::addresses)
                .containsExactly(
                        tuple("Dwayne Johnson", List.of("Glendale, CA", "West Hollywood, CA", "Burbank, CA")),
                        tuple("Mark Wahlberg", List.of("Glendale, CA")),
                        tuple("Matt Damon", List.of("Burbank, CA", "Pasadena, CA")));
    }

    @ParameterizedTest
    @EnumSource(ActorSort.class)
    void actorSearchSortsActorsInEachOrder(ActorSort sort) {
        inTransaction(() -> actors.create(new ActorDraft("alan smithee", null)));

        List<String> expected = switch (sort) {
            case NAME -> List.of("alan smithee", "Dwayne Johnson", "Mark Wahlberg", "Matt Damon");
            case NAME_DESC -> List.of("Matt Damon", "Mark Wahlberg", "Dwayne Johnson", "alan smithee");
            case BIRTHDAY -> List.of("Matt Damon", "Mark Wahlberg", "Dwayne Johnson", "alan smithee");
            case BIRTHDAY_DESC -> List.of("Dwayne Johnson", "Mark Wahlberg", "Matt Damon", "alan smithee");
        };
        assertThat(actorNames(searchActors(new ActorSearch(null, null, sort)))).isEqualTo(expected);
    }

    @Test
    void actorSearchRunsTheSameNumberOfStatementsWhateverThePageSize() {
        addThirtyMoviesWithCasts();
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();

        statistics.clear();
        Page<ActorRow> small = inTransaction(() -> actors.search(ActorSearch.all(), new PageRequest(2, 2)));
        long smallPageStatements = statistics.getPrepareStatementCount();
        statistics.clear();
        Page<ActorRow> large = inTransaction(() -> actors.search(ActorSearch.all(), new PageRequest(1, 20)));
        long largePageStatements = statistics.getPrepareStatementCount();

        assertThat(small.items()).hasSize(2);
        assertThat(large.items()).hasSize(13);
        assertThat(large.total()).isEqualTo(13);
        assertThat(large.items()).allSatisfy(row -> assertThat(row.movieCount()).isPositive());
        assertThat(large.items().stream()
                        .mapToInt(row -> row.addresses().size())
                        .sum())
                .isEqualTo(4 + 10);
        // the count, the ids of the page with their movie counts, those actors with contacts and stuntmen
        assertThat(smallPageStatements).isEqualTo(3);
        assertThat(largePageStatements).isEqualTo(smallPageStatements);
    }

    @Test
    void castChoicesListEveryActorByNameIgnoringCase() {
        inTransaction(() -> actors.create(new ActorDraft("alan smithee", null)));

        assertThat(inTransaction(movies::castChoices).values())
                .containsExactly("alan smithee", "Dwayne Johnson", "Mark Wahlberg", "Matt Damon");
    }

    // --- Existence checks ---

    @Test
    void existsTellsWhetherAMovieOrAnActorIsStored() {
        long bourne = movieId("The Bourne Identity");
        long mattDamon = actorId("Matt Damon");

        assertThat(inTransaction(() -> movies.exists(bourne))).isTrue();
        assertThat(inTransaction(() -> actors.exists(mattDamon))).isTrue();
        assertThat(inTransaction(() -> movies.exists(-1))).isFalse();
        assertThat(inTransaction(() -> actors.exists(-1))).isFalse();

        inTransaction(() -> movies.delete(bourne));
        inTransaction(() -> actors.delete(mattDamon));

        assertThat(inTransaction(() -> movies.exists(bourne))).isFalse();
        assertThat(inTransaction(() -> actors.exists(mattDamon))).isFalse();
    }

    @Test
    void aMovieWithTheSameTitleIgnoringCaseAndTheSameDateExists() {
        long bourne = movieId("The Bourne Identity");
        long furious7 = movieId("Furious 7");

        assertThat(inTransaction(() -> movies.existsWithTitleAndDate("the bourne IDENTITY", BOURNE_RELEASE, null)))
                .isTrue();
        assertThat(inTransaction(() -> movies.existsWithTitleAndDate(" The Bourne Identity ", BOURNE_RELEASE, null)))
                .isTrue();
        assertThat(inTransaction(
                        () -> movies.existsWithTitleAndDate("The Bourne Identity", BOURNE_RELEASE.plusDays(1), null)))
                .isFalse();
        assertThat(inTransaction(() -> movies.existsWithTitleAndDate("The Bourne", BOURNE_RELEASE, null)))
                .isFalse();
        assertThat(inTransaction(() -> movies.existsWithTitleAndDate("The Bourne Identity", null, null)))
                .isFalse();
        assertThat(inTransaction(() -> movies.existsWithTitleAndDate("The Bourne Identity", BOURNE_RELEASE, bourne)))
                .as("the movie being edited is not its own duplicate")
                .isFalse();
        assertThat(inTransaction(() -> movies.existsWithTitleAndDate("The Bourne Identity", BOURNE_RELEASE, furious7)))
                .isTrue();
    }

    @Test
    void anUndatedMovieIsADuplicateOnlyOfAnUndatedMovie() {
        long untitled = createMovie("Untitled Heist Project", null);

        assertThat(inTransaction(() -> movies.existsWithTitleAndDate("untitled heist project", null, null)))
                .isTrue();
        assertThat(inTransaction(
                        () -> movies.existsWithTitleAndDate("Untitled Heist Project", LocalDate.of(2020, 1, 1), null)))
                .isFalse();
        assertThat(inTransaction(() -> movies.existsWithTitleAndDate("Untitled Heist Project", null, untitled)))
                .isFalse();
    }

    // --- Movies: units of work ---

    @Test
    void aCreatedMovieIsReadBackWithItsCast() {
        long mattDamon = actorId("Matt Damon");
        long markWahlberg = actorId("Mark Wahlberg");

        Movie created = inTransaction(() -> movies.create(
                new MovieDraft("  The Departed ", LocalDate.of(2006, 10, 6), Set.of(mattDamon, markWahlberg))));

        Movie read = inTransaction(() -> movies.getWithCast(created.getId()));
        assertThat(read.getTitle()).isEqualTo("The Departed");
        assertThat(read.getReleaseDate()).isEqualTo(LocalDate.of(2006, 10, 6));
        assertThat(read.getVersion()).isZero();
        assertThat(read.getActors()).extracting(Actor::getName).containsExactly("Mark Wahlberg", "Matt Damon");
        assertThat(starring(mattDamon)).containsExactly("The Bourne Identity", "The Departed");
    }

    @Test
    void creatingAMovieWithAnUnknownActorSavesNothing() {
        long mattDamon = actorId("Matt Damon");

        assertThatThrownBy(() -> inTransaction(
                        () -> movies.create(new MovieDraft("The Departed", null, Set.of(mattDamon, -1L)))))
                .isInstanceOf(NotFoundException.class);

        assertThat(rows("movies")).isEqualTo(3);
        assertThat(rows("movies_actors")).isEqualTo(4);
    }

    @Test
    void anUnknownMovieIsNotFound() {
        assertThatThrownBy(() -> inTransaction(() -> movies.getWithCast(-1))).isInstanceOf(NotFoundException.class);
        assertThat(inTransaction(() -> movies.findWithCast(-1))).isEmpty();
    }

    @Test
    void updatingAMovieChangesItsFieldsAndCastAndVersion() {
        long painAndGain = movieId("Pain & Gain");
        long mattDamon = actorId("Matt Damon");
        long markWahlberg = actorId("Mark Wahlberg");

        inTransaction(() -> movies.update(
                painAndGain,
                0,
                new MovieDraft(" Pain and Gain ", LocalDate.of(2013, 4, 26), Set.of(markWahlberg, mattDamon))));

        Movie read = inTransaction(() -> movies.getWithCast(painAndGain));
        assertThat(read.getTitle()).isEqualTo("Pain and Gain");
        assertThat(read.getReleaseDate()).isEqualTo(LocalDate.of(2013, 4, 26));
        assertThat(read.getVersion()).isEqualTo(1);
        assertThat(read.getActors()).extracting(Actor::getName).containsExactly("Mark Wahlberg", "Matt Damon");
        long dwayneJohnson = actorId("Dwayne Johnson");
        assertThat(starring(dwayneJohnson)).containsExactly("Furious 7");
    }

    @Test
    void aStaleMovieEditChangesNothing() {
        long painAndGain = movieId("Pain & Gain");
        long dwayneJohnson = actorId("Dwayne Johnson");
        long markWahlberg = actorId("Mark Wahlberg");
        inTransaction(() -> movies.update(
                painAndGain,
                0,
                new MovieDraft("Pain and Gain", LocalDate.of(2013, 8, 23), Set.of(dwayneJohnson, markWahlberg))));

        assertThatThrownBy(() -> inTransaction(
                        () -> movies.update(painAndGain, 0, new MovieDraft("Pain & Gain (2013)", null, Set.of()))))
                .isInstanceOf(StaleEditException.class);

        Movie read = inTransaction(() -> movies.getWithCast(painAndGain));
        assertThat(read.getTitle()).isEqualTo("Pain and Gain");
        assertThat(read.getReleaseDate()).isEqualTo(LocalDate.of(2013, 8, 23));
        assertThat(read.getVersion()).isEqualTo(1);
        assertThat(read.getActors()).extracting(Actor::getName).containsExactly("Dwayne Johnson", "Mark Wahlberg");
    }

    @Test
    void castingAndUncastingAnActorChangesOnlyTheLink() {
        long bourne = movieId("The Bourne Identity");
        long dwayneJohnson = actorId("Dwayne Johnson");

        inTransaction(() -> movies.addToCast(bourne, dwayneJohnson));
        assertThat(starring(dwayneJohnson)).containsExactly("The Bourne Identity", "Pain & Gain", "Furious 7");

        inTransaction(() -> movies.removeFromCast(bourne, dwayneJohnson));
        assertThat(starring(dwayneJohnson)).containsExactly("Pain & Gain", "Furious 7");
        assertThat(rows("actors")).isEqualTo(3);
        assertThat(rows("movies_actors")).isEqualTo(4);
    }

    @Test
    void deletingAMovieKeepsItsActors() {
        long painAndGain = movieId("Pain & Gain");
        long dwayneJohnson = actorId("Dwayne Johnson");
        long markWahlberg = actorId("Mark Wahlberg");

        inTransaction(() -> movies.delete(painAndGain));

        assertThat(listedTitles(searchMovies(MovieSearch.all()))).containsExactly("Furious 7", "The Bourne Identity");
        assertThat(rows("actors")).isEqualTo(3);
        assertThat(rows("movies_actors")).isEqualTo(2);
        assertThat(starring(dwayneJohnson)).containsExactly("Furious 7");
        assertThat(starring(markWahlberg)).isEmpty();
    }

    @Test
    void savingAMovieWithANewActorSavesTheActor() {
        Movie heat = new Movie("Heat", LocalDate.of(1995, 12, 15));
        heat.addActor(new Actor("Al Pacino", LocalDate.of(1940, 4, 25)));

        Movie saved = inTransaction(() -> movies.save(heat));

        assertThat(rows("actors")).isEqualTo(4);
        Actor alPacino = inTransaction(() -> actors.findByName("Al Pacino")).orElseThrow();
        assertThat(alPacino.getBirthday()).isEqualTo(LocalDate.of(1940, 4, 25));
        assertThat(starring(alPacino.getId())).containsExactly("Heat");
        assertThat(saved.getId()).isNotNull();
    }

    @Test
    void mergingADetachedMovieMergesItsRenamedCastMember() {
        long painAndGainId = movieId("Pain & Gain");
        Movie painAndGain = inTransaction(() -> movies.getWithCast(painAndGainId));
        Actor dwayneJohnson = painAndGain.getActors().stream()
                .filter(actor -> actor.getName().equals("Dwayne Johnson"))
                .findFirst()
                .orElseThrow();
        painAndGain.setTitle("Pain and Gain");
        dwayneJohnson.setName("The Rock");

        inTransaction(() -> movies.save(painAndGain));

        assertThat(inTransaction(() -> movies.getWithCast(painAndGain.getId())).getTitle())
                .isEqualTo("Pain and Gain");
        Actor read = inTransaction(() -> actors.getProfile(dwayneJohnson.getId()));
        assertThat(read.getName()).isEqualTo("The Rock");
        assertThat(read.getVersion()).isEqualTo(dwayneJohnson.getVersion() + 1);
        assertThat(read.getContactDetails()).hasSize(2);
        assertThat(titles(List.copyOf(read.getMovies()))).containsExactly("Pain and Gain", "Furious 7");
    }

    // --- Actors: units of work ---

    @Test
    void aCreatedActorIsReadBackWithItsProfile() {
        Actor created = inTransaction(() -> actors.create(new ActorDraft("  Keanu Reeves ", LocalDate.of(1964, 9, 2))));
        inTransaction(() -> actors.addContact(created.getId(), " 310 555 0100 ", " Beverly Hills, CA "));
        inTransaction(() -> actors.saveStuntman(created.getId(), null, " Jane Doe ", false));

        Actor read = inTransaction(() -> actors.getProfile(created.getId()));
        assertThat(read.getName()).isEqualTo("Keanu Reeves");
        assertThat(read.getBirthday()).isEqualTo(LocalDate.of(1964, 9, 2));
        assertThat(read.getContactDetails())
                .extracting(ContactDetails::getPhoneNumber, ContactDetails::getAddress)
                .containsExactly(tuple("310 555 0100", "Beverly Hills, CA"));
        assertThat(read.getStuntman()).map(Stuntman::getName).contains("Jane Doe");
        assertThat(read.getStuntman()).map(Stuntman::isActive).contains(false);
        assertThat(read.getMovies()).isEmpty();
    }

    @Test
    void aProfileHoldsTheFilmographyContactsAndStuntmanForUseAfterTheTransaction() {
        long dwayneJohnsonId = actorId("Dwayne Johnson");
        Actor dwayneJohnson = inTransaction(() -> actors.getProfile(dwayneJohnsonId));

        assertThat(titles(List.copyOf(dwayneJohnson.getMovies()))).containsExactly("Pain & Gain", "Furious 7");
        assertThat(dwayneJohnson.getContactDetails())
                .extracting(ContactDetails::getAddress)
                .containsExactly("Glendale, CA", "West Hollywood, CA");
        assertThat(dwayneJohnson.getStuntman()).map(Stuntman::getName).contains("John Roe");
        assertThatThrownBy(() -> inTransaction(() -> actors.getProfile(-1))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void updatingAnActorChangesItsFieldsAndVersion() {
        long markWahlberg = actorId("Mark Wahlberg");

        inTransaction(() -> actors.update(markWahlberg, 0, new ActorDraft(" Marky Mark ", LocalDate.of(1971, 6, 6))));

        Actor read = inTransaction(() -> actors.getProfile(markWahlberg));
        assertThat(read.getName()).isEqualTo("Marky Mark");
        assertThat(read.getBirthday()).isEqualTo(LocalDate.of(1971, 6, 6));
        assertThat(read.getVersion()).isEqualTo(1);
    }

    @Test
    void aStaleActorEditChangesNothing() {
        long markWahlberg = actorId("Mark Wahlberg");
        inTransaction(() -> actors.update(markWahlberg, 0, new ActorDraft("Marky Mark", LocalDate.of(1971, 6, 5))));

        assertThatThrownBy(() -> inTransaction(
                        () -> actors.update(markWahlberg, 0, new ActorDraft("Mark Robert Michael Wahlberg", null))))
                .isInstanceOf(StaleEditException.class);

        Actor read = inTransaction(() -> actors.getProfile(markWahlberg));
        assertThat(read.getName()).isEqualTo("Marky Mark");
        assertThat(read.getBirthday()).isEqualTo(LocalDate.of(1971, 6, 5));
        assertThat(read.getVersion()).isEqualTo(1);
    }

    @Test
    void deletingAnActorDeletesItsContactsAndStuntmanButKeepsItsMovies() {
        long dwayneJohnson = actorId("Dwayne Johnson");

        inTransaction(() -> actors.delete(dwayneJohnson));

        assertThat(inTransaction(() -> actors.exists(dwayneJohnson))).isFalse();
        assertThat(rows("contact_details where actor_id = " + dwayneJohnson)).isZero();
        assertThat(rows("stuntmen where actor_id = " + dwayneJohnson)).isZero();
        assertThat(rows("movies_actors where actor_id = " + dwayneJohnson)).isZero();
        assertThat(rows("contact_details")).isEqualTo(2);
        assertThat(rows("stuntmen")).isEqualTo(2);
        assertThat(rows("movies_actors")).isEqualTo(2);
        assertThat(listedTitles(searchMovies(MovieSearch.all())))
                .containsExactly("Furious 7", "Pain & Gain", "The Bourne Identity");
        long painAndGain = movieId("Pain & Gain");
        long furious7 = movieId("Furious 7");
        assertThat(inTransaction(() -> movies.getWithCast(painAndGain)).getActors())
                .extracting(Actor::getName)
                .containsExactly("Mark Wahlberg");
        assertThat(inTransaction(() -> movies.getWithCast(furious7)).getActors())
                .isEmpty();
        // The actor left the casts through its movies, the owning side, as any cast change does: an
        // edit of those movies based on the casts before is stale.
        assertThat(inTransaction(() -> movies.getWithCast(painAndGain)).getVersion())
                .isEqualTo(1);
        assertThat(inTransaction(() -> movies.getWithCast(furious7)).getVersion())
                .isEqualTo(1);
    }

    @Test
    void removingAContactDeletesItsRow() {
        long dwayneJohnson = actorId("Dwayne Johnson");
        List<ContactDetails> contacts =
                inTransaction(() -> actors.getProfile(dwayneJohnson)).getContactDetails();
        long westHollywood = contacts.get(1).getId();

        inTransaction(() -> actors.removeContact(dwayneJohnson, westHollywood));

        assertThat(rows("contact_details where id = " + westHollywood)).isZero();
        assertThat(rows("contact_details")).isEqualTo(3);
        assertThat(inTransaction(() -> actors.getProfile(dwayneJohnson)).getContactDetails())
                .extracting(ContactDetails::getAddress)
                .containsExactly("Glendale, CA");
        assertThatThrownBy(() -> inTransaction(() -> actors.removeContact(dwayneJohnson, westHollywood)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void updatingAContactChangesItInPlace() {
        long markWahlberg = actorId("Mark Wahlberg");
        long glendale = inTransaction(() -> actors.getProfile(markWahlberg))
                .getContactDetails()
                .get(0)
                .getId();

        inTransaction(() -> actors.updateContact(markWahlberg, glendale, 0, "421 333 0001", " Pasadena, CA "));

        assertThat(inTransaction(() -> actors.getProfile(markWahlberg)).getContactDetails())
                .extracting(ContactDetails::getId, ContactDetails::getPhoneNumber, ContactDetails::getAddress)
                .containsExactly(tuple(glendale, "421 333 0001", "Pasadena, CA"));
        assertThat(actorsInCity("glendale")).containsExactly("Dwayne Johnson");
    }

    @Test
    void aContactOfAnotherActorCannotBeChangedThroughThisOne() {
        long markWahlberg = actorId("Mark Wahlberg");
        long mattDamon = actorId("Matt Damon");
        long glendale = inTransaction(() -> actors.getProfile(markWahlberg))
                .getContactDetails()
                .get(0)
                .getId();

        assertThatThrownBy(() -> inTransaction(() -> actors.updateContact(mattDamon, glendale, 0, "000", "Nowhere")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> inTransaction(() -> actors.removeContact(mattDamon, glendale)))
                .isInstanceOf(NotFoundException.class);

        assertThat(inTransaction(() -> actors.getProfile(markWahlberg)).getContactDetails())
                .extracting(ContactDetails::getAddress)
                .containsExactly("Glendale, CA");
    }

    @Test
    void savingAStuntmanChangesTheCurrentOneInPlaceAndRemovingItDeletesItsRow() {
        long mattDamon = actorId("Matt Damon");
        long johnDoe = inTransaction(() -> actors.getProfile(mattDamon))
                .getStuntman()
                .orElseThrow()
                .getId();

        Stuntman changed = inTransaction(() -> actors.saveStuntman(mattDamon, 0L, " Jonathan Doe ", false));

        assertThat(changed.getId()).isEqualTo(johnDoe);
        assertThat(inTransaction(() -> actors.getProfile(mattDamon)).getStuntman())
                .map(stuntman -> stuntman.getName() + (stuntman.isActive() ? " (active)" : " (retired)"))
                .contains("Jonathan Doe (retired)");
        assertThat(rows("stuntmen")).isEqualTo(3);

        assertThat(inTransaction(() -> actors.removeStuntman(mattDamon))).isTrue();

        assertThat(rows("stuntmen where id = " + johnDoe)).isZero();
        assertThat(inTransaction(() -> actors.getProfile(mattDamon)).getStuntman())
                .isEmpty();
        assertThat(inTransaction(() -> actors.removeStuntman(mattDamon))).isFalse();

        Stuntman hired = inTransaction(() -> actors.saveStuntman(mattDamon, null, "John Doe", true));
        assertThat(hired.getId()).isNotEqualTo(johnDoe);
        assertThat(rows("stuntmen where actor_id = " + mattDamon)).isEqualTo(1);
    }

    @Test
    void aStaleContactUpdateChangesNothing() {
        long markWahlberg = actorId("Mark Wahlberg");
        long glendale = inTransaction(() -> actors.getProfile(markWahlberg))
                .getContactDetails()
                .get(0)
                .getId();
        inTransaction(() -> actors.updateContact(markWahlberg, glendale, 0, "421 333 0001", "Pasadena, CA"));

        assertThatThrownBy(() -> inTransaction(() -> actors.updateContact(markWahlberg, glendale, 0, "000", "Nowhere")))
                .isInstanceOf(StaleEditException.class);

        ContactDetails read = inTransaction(() -> actors.getProfile(markWahlberg))
                .getContactDetails()
                .get(0);
        assertThat(read.getPhoneNumber()).isEqualTo("421 333 0001");
        assertThat(read.getAddress()).isEqualTo("Pasadena, CA");
        assertThat(read.getVersion()).isEqualTo(1);
    }

    @Test
    void aStaleStuntmanEditChangesNothing() {
        long mattDamon = actorId("Matt Damon");
        inTransaction(() -> actors.saveStuntman(mattDamon, 0L, "Jonathan Doe", false));

        assertThatThrownBy(() -> inTransaction(() -> actors.saveStuntman(mattDamon, 0L, "Jim Double", true)))
                .isInstanceOf(StaleEditException.class);
        assertThatThrownBy(() -> inTransaction(() -> actors.saveStuntman(mattDamon, null, "Jim Double", true)))
                .as("an edit made when the actor had no stuntman")
                .isInstanceOf(StaleEditException.class);

        Stuntman read =
                inTransaction(() -> actors.getProfile(mattDamon)).getStuntman().orElseThrow();
        assertThat(read.getName()).isEqualTo("Jonathan Doe");
        assertThat(read.isActive()).isFalse();
        assertThat(read.getVersion()).isEqualTo(1);
        assertThat(rows("stuntmen")).isEqualTo(3);
    }

    @Test
    void aStuntmanEditOfOneRemovedSinceSetsNothing() {
        long mattDamon = actorId("Matt Damon");
        inTransaction(() -> actors.removeStuntman(mattDamon));

        assertThatThrownBy(() -> inTransaction(() -> actors.saveStuntman(mattDamon, 0L, "Jonathan Doe", true)))
                .isInstanceOf(StaleEditException.class);

        assertThat(inTransaction(() -> actors.getProfile(mattDamon)).getStuntman())
                .isEmpty();
        assertThat(rows("stuntmen where actor_id = " + mattDamon)).isZero();
    }

    // --- Unique movies: title ignoring case and release date (migration V4) ---

    @Test
    void theMigrationKeysExistingMoviesAndKeepsTheOnesThatAlreadyClash() throws SQLException {
        // Back to the schema before V4, with movies added before it: two pairs that clash (one dated,
        // one undated) and two that differ only by accents, which must not clash on any database.
        jdbc("ALTER TABLE movies DROP CONSTRAINT uk_movies_title_key");
        jdbc("ALTER TABLE movies DROP COLUMN title_key");
        // V5 (indexes only, written to run again) and V6 (the history tables, dropped here) go too:
        // Flyway refuses to apply a migration older than the newest applied one.
        for (String table : List.of(
                "movies_actors_aud", "movies_aud", "actors_aud", "contact_details_aud", "stuntmen_aud", "revisions")) {
            jdbc("DROP TABLE " + table);
        }
        jdbc("DROP SEQUENCE revisions_seq");
        jdbc("DELETE FROM " + quoted("flyway_schema_history") + " WHERE " + quoted("version") + " IN ('4', '5', '6')");
        jdbc("INSERT INTO movies (id, version, title, release_date) VALUES"
                + " (900001, 0, 'Heat', DATE '1995-12-15'), (900002, 0, 'HEAT', DATE '1995-12-15'),"
                + " (900003, 0, 'Heat', NULL), (900004, 0, 'heat', NULL), (900005, 0, 'Heat', DATE '1850-01-01'),"
                + " (900006, 0, 'Amelie', DATE '9999-12-31'), (900007, 0, 'Amélie', DATE '9999-12-31')");

        assertThat(SchemaMigrator.migrate(dataSource)).isEqualTo(3);
        // The recreated sequence starts again at 1, below what this persistence unit has already handed
        // out: the pooled generator would count down into negative revision numbers.
        jdbc("ALTER SEQUENCE revisions_seq RESTART WITH 1000001");

        assertThat(titleKeysFrom(900001))
                .containsExactly(
                        "heat|1995-12-15",
                        "heat|1995-12-15#900002",
                        "heat|",
                        "heat|#900004",
                        "heat|1850-01-01",
                        "amelie|9999-12-31",
                        "amélie|9999-12-31");
        long bourne = movieId("The Bourne Identity");
        assertThat(inTransaction(() -> movies.getWithCast(bourne)).getTitleKey())
                .isEqualTo(Movie.titleKeyOf("The Bourne Identity", BOURNE_RELEASE))
                .isEqualTo("the bourne identity|2002-10-11");
        assertThatThrownBy(() -> jdbc("INSERT INTO movies (id, version, title, release_date, title_key)"
                        + " VALUES (900008, 0, 'Heat', NULL, 'heat|')"))
                .as("the unique key")
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> jdbc(
                        "INSERT INTO movies (id, version, title, release_date)" + " VALUES (900009, 0, 'Ronin', NULL)"))
                .as("no default any more")
                .isInstanceOf(SQLException.class);
        assertThat(rows("movies")).isEqualTo(3 + 7);
    }

    @Test
    void aMovieWithTheSameTitleIgnoringCaseAndTheSameDateIsAddedOnce() {
        assertThatThrownBy(() -> createMovie("\u00A0the bourne IDENTITY", BOURNE_RELEASE))
                .isInstanceOfSatisfying(DuplicateMovieException.class, duplicate -> {
                    assertThat(duplicate.title()).isEqualTo("the bourne IDENTITY");
                    assertThat(duplicate.releaseDate()).isEqualTo(BOURNE_RELEASE);
                });
        createMovie("Untitled Heist Project", null);
        assertThatThrownBy(() -> createMovie("UNTITLED HEIST PROJECT\u200B", null))
                .isInstanceOfSatisfying(
                        DuplicateMovieException.class,
                        duplicate -> assertThat(duplicate.releaseDate()).isNull());

        createMovie("The Bourne Identity", BOURNE_RELEASE.plusDays(1));
        createMovie("The Bourne Identity", null);
        createMovie("Amelie", null);
        createMovie("Amélie", null);
        assertThat(rows("movies")).isEqualTo(3 + 5);
    }

    @Test
    void aMovieCannotBeEditedIntoADuplicateButKeepsItsOwnKey() {
        long bourne = movieId("The Bourne Identity");
        long furious7 = movieId("Furious 7");

        assertThatThrownBy(() -> inTransaction(() ->
                        movies.update(furious7, 0, new MovieDraft("THE BOURNE IDENTITY", BOURNE_RELEASE, Set.of()))))
                .isInstanceOf(DuplicateMovieException.class);
        inTransaction(() -> movies.update(bourne, 0, new MovieDraft("THE BOURNE IDENTITY", BOURNE_RELEASE, Set.of())));

        assertThat(inTransaction(() -> movies.getWithCast(furious7)))
                .extracting(Movie::getTitle, Movie::getVersion)
                .containsExactly("Furious 7", 0L);
        assertThat(inTransaction(() -> movies.getWithCast(bourne)).getTitle()).isEqualTo("THE BOURNE IDENTITY");
    }

    @Test
    void theUniqueKeyRefusesADuplicateTheCheckDidNotSee() {
        MovieRepository unchecked = MovieRepositories.withoutDuplicateCheck(em);
        long furious7 = movieId("Furious 7");

        assertThatThrownBy(() -> inTransaction(
                        () -> unchecked.create(new MovieDraft("the bourne identity", BOURNE_RELEASE, Set.of()))))
                .isInstanceOf(DuplicateMovieException.class)
                .hasCauseInstanceOf(PersistenceException.class);
        assertThatThrownBy(() -> inTransaction(() ->
                        unchecked.update(furious7, 0, new MovieDraft("The Bourne Identity", BOURNE_RELEASE, Set.of()))))
                .isInstanceOf(DuplicateMovieException.class)
                .hasCauseInstanceOf(PersistenceException.class);

        assertThat(rows("movies")).isEqualTo(3);
        assertThat(inTransaction(() -> movies.getWithCast(furious7)).getTitle()).isEqualTo("Furious 7");
    }

    @Test
    void twoPeopleAddingTheSameMovieAtOnceAddItOnce() throws Exception {
        MovieDraft heat = new MovieDraft("Heat", LocalDate.of(1995, 12, 15), Set.of());
        EntityManager first = emf.createEntityManager();
        EntityManager second = emf.createEntityManager();
        ExecutorService secondPerson = Executors.newSingleThreadExecutor();
        try {
            // The first transaction has written its row but not committed, so the second one's check
            // cannot see it; the second one's insert then waits for the first to end.
            first.getTransaction().begin();
            MovieRepositories.on(first).create(heat);
            Future<Movie> secondCreate = secondPerson.submit(() ->
                    inTransaction(second, () -> MovieRepositories.on(second).create(heat)));
            Thread.sleep(500);
            first.getTransaction().commit();

            assertThatThrownBy(() -> secondCreate.get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(DuplicateMovieException.class);
        } finally {
            secondPerson.shutdownNow();
            for (EntityManager person : List.of(first, second)) {
                if (person.getTransaction().isActive()) {
                    person.getTransaction().rollback();
                }
                person.close();
            }
        }
        assertThat(rows("movies where title = 'Heat'")).isEqualTo(1);
    }

    @Test
    void deletingAMovieWhileAnEditOfItIsBeingWrittenWaitsForTheEditInsteadOfDeadlocking() throws Exception {
        long painAndGain = movieId("Pain & Gain");
        EntityManager editor = emf.createEntityManager();
        EntityManager deleter = emf.createEntityManager();
        ExecutorService secondPerson = Executors.newSingleThreadExecutor();
        try {
            // An edit writes in this order: the movie's row (its new version), then its cast links.
            editor.getTransaction().begin();
            editor.createNativeQuery("update movies set version = version + 1 where id = ?1")
                    .setParameter(1, painAndGain)
                    .executeUpdate();
            Future<String> delete = secondPerson.submit(() ->
                    inTransaction(deleter, () -> MovieRepositories.on(deleter).delete(painAndGain, 0L)));
            Thread.sleep(500);
            // Had the delete taken the cast links first, this would wait for it while it waits for the
            // movie's row: a deadlock, which the database ends by failing one of them.
            int unlinked = editor.createNativeQuery("delete from movies_actors where movie_id = ?1")
                    .setParameter(1, painAndGain)
                    .executeUpdate();
            editor.getTransaction().commit();

            assertThat(unlinked).isEqualTo(2);
            assertThatThrownBy(() -> delete.get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(StaleEditException.class)
                    // the version check of the delete's lock, not a deadlock the database broke
                    .hasRootCauseInstanceOf(StaleObjectStateException.class);
        } finally {
            secondPerson.shutdownNow();
            for (EntityManager person : List.of(editor, deleter)) {
                if (person.getTransaction().isActive()) {
                    person.getTransaction().rollback();
                }
                person.close();
            }
        }
        assertThat(inTransaction(() -> movies.getWithCast(painAndGain)))
                .extracting(Movie::getVersion, m -> m.getActors().size())
                .containsExactly(1L, 0);
    }

    // --- Edits that lose a race while they are written ---

    @Test
    void aMovieEditBasedOnAVersionSavedMeanwhileIsStaleAtTheWrite() {
        long painAndGain = movieId("Pain & Gain");

        Throwable failure = raceAgainstAnotherEdit(
                Movie.class,
                painAndGain,
                () -> movies.update(painAndGain, 0, new MovieDraft("Pain and Gain", null, Set.of())),
                other -> MovieRepositories.on(other)
                        .update(painAndGain, 0, new MovieDraft("Pain & Gain (2013)", null, Set.of())));

        assertThat(failure).isInstanceOf(StaleEditException.class).hasCauseInstanceOf(OptimisticLockException.class);
        assertThat(inTransaction(() -> movies.getWithCast(painAndGain)))
                .extracting(Movie::getTitle, Movie::getVersion)
                .containsExactly("Pain and Gain", 1L);
    }

    @Test
    void anActorEditBasedOnAVersionSavedMeanwhileIsStaleAtTheWrite() {
        long markWahlberg = actorId("Mark Wahlberg");

        Throwable failure = raceAgainstAnotherEdit(
                Actor.class,
                markWahlberg,
                () -> actors.update(markWahlberg, 0, new ActorDraft("Marky Mark", null)),
                other -> ActorRepositories.on(other).update(markWahlberg, 0, new ActorDraft("Mark R. Wahlberg", null)));

        assertThat(failure).isInstanceOf(StaleEditException.class).hasCauseInstanceOf(OptimisticLockException.class);
        assertThat(inTransaction(() -> actors.getProfile(markWahlberg)).getName())
                .isEqualTo("Marky Mark");
    }

    @Test
    void aContactEditBasedOnAVersionSavedMeanwhileIsStaleAtTheWrite() {
        long markWahlberg = actorId("Mark Wahlberg");
        long glendale = inTransaction(() -> actors.getProfile(markWahlberg))
                .getContactDetails()
                .get(0)
                .getId();

        Throwable failure = raceAgainstAnotherEdit(
                ContactDetails.class,
                glendale,
                () -> actors.updateContact(markWahlberg, glendale, 0, "421 333 0001", "Pasadena, CA"),
                other -> ActorRepositories.on(other).updateContact(markWahlberg, glendale, 0, "000", "Nowhere"));

        assertThat(failure).isInstanceOf(StaleEditException.class).hasCauseInstanceOf(OptimisticLockException.class);
        assertThat(inTransaction(() -> actors.getProfile(markWahlberg)).getContactDetails())
                .extracting(ContactDetails::getAddress)
                .containsExactly("Pasadena, CA");
    }

    @Test
    void aStuntmanEditBasedOnAVersionSavedMeanwhileIsStaleAtTheWrite() {
        long mattDamon = actorId("Matt Damon");
        long johnDoe = inTransaction(() -> actors.getProfile(mattDamon))
                .getStuntman()
                .orElseThrow()
                .getId();

        Throwable failure = raceAgainstAnotherEdit(
                Stuntman.class,
                johnDoe,
                () -> actors.saveStuntman(mattDamon, 0L, "Jonathan Doe", false),
                other -> ActorRepositories.on(other).saveStuntman(mattDamon, 0L, "Jim Double", true));

        assertThat(failure).isInstanceOf(StaleEditException.class).hasCauseInstanceOf(OptimisticLockException.class);
        assertThat(inTransaction(() -> actors.getProfile(mattDamon)).getStuntman())
                .map(Stuntman::getName)
                .contains("Jonathan Doe");
    }

    @Test
    void hiringAStuntmanForAnActorWhoWasGivenOneMeanwhileIsStaleAtTheWrite() {
        long keanuReeves = inTransaction(() -> actors.create(new ActorDraft("Keanu Reeves", null)))
                .getId();

        Throwable failure = raceAgainstAnotherEdit(
                Actor.class,
                keanuReeves,
                () -> actors.saveStuntman(keanuReeves, null, "Jane Doe", true),
                other -> ActorRepositories.on(other).saveStuntman(keanuReeves, null, "Jim Double", true));

        assertThat(failure).isInstanceOf(StaleEditException.class).hasCauseInstanceOf(PersistenceException.class);
        assertThat(inTransaction(() -> actors.getProfile(keanuReeves)).getStuntman())
                .map(Stuntman::getName)
                .contains("Jane Doe");
        assertThat(rows("stuntmen where actor_id = " + keanuReeves)).isEqualTo(1);
    }

    @Test
    void deletingAMovieEditedMeanwhileIsStaleAtTheWrite() {
        long painAndGain = movieId("Pain & Gain");

        Throwable failure = raceAgainstAnotherEdit(
                Movie.class,
                painAndGain,
                () -> movies.update(painAndGain, 0, new MovieDraft("Pain and Gain", null, Set.of())),
                other -> MovieRepositories.on(other).delete(painAndGain));

        assertThat(failure).isInstanceOf(StaleEditException.class);
        assertThat(inTransaction(() -> movies.exists(painAndGain))).isTrue();
    }

    @Test
    void deletingAMovieOrActorAsSeenAtAnOlderVersionChangesNothing() {
        long painAndGain = movieId("Pain & Gain");
        long dwayneJohnson = actorId("Dwayne Johnson");
        inTransaction(() -> movies.update(painAndGain, 0, new MovieDraft("Pain and Gain", null, Set.of())));
        inTransaction(() -> actors.update(dwayneJohnson, 0, new ActorDraft("The Rock", null)));

        assertThatThrownBy(() -> inTransaction(() -> movies.delete(painAndGain, 0L)))
                .isInstanceOf(StaleEditException.class);
        assertThatThrownBy(() -> inTransaction(() -> actors.delete(dwayneJohnson, 0L)))
                .isInstanceOf(StaleEditException.class);
        assertThat(inTransaction(() -> movies.exists(painAndGain))).isTrue();
        assertThat(inTransaction(() -> actors.exists(dwayneJohnson))).isTrue();

        assertThat(inTransaction(() -> movies.delete(painAndGain, 1L))).isEqualTo("Pain and Gain");
        assertThat(inTransaction(() -> actors.delete(dwayneJohnson, 1L))).isEqualTo("The Rock");
    }

    // --- Deleting tells what was deleted; casts are bounded ---

    @Test
    void deletingTellsTheTitleOrNameOfWhatWasDeleted() {
        long painAndGain = movieId("Pain & Gain");
        long dwayneJohnson = actorId("Dwayne Johnson");

        assertThat(inTransaction(() -> movies.delete(painAndGain))).isEqualTo("Pain & Gain");
        assertThat(inTransaction(() -> actors.delete(dwayneJohnson))).isEqualTo("Dwayne Johnson");

        assertThatThrownBy(() -> inTransaction(() -> movies.delete(painAndGain)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> inTransaction(() -> actors.delete(dwayneJohnson)))
                .isInstanceOf(NotFoundException.class);
        assertThat(rows("movies")).isEqualTo(2);
        assertThat(rows("actors")).isEqualTo(2);
    }

    @Test
    void aCastOfMoreThanTheMaximumIsRefusedBeforeAnyActorIsLoaded() {
        long mattDamon = actorId("Matt Damon");
        long bourne = movieId("The Bourne Identity");
        Set<Long> tooMany = LongStream.rangeClosed(1, Movie.CAST_MAX)
                .map(i -> -i)
                .boxed()
                .collect(Collectors.toCollection(HashSet::new));
        tooMany.add(mattDamon);

        assertThatThrownBy(() -> inTransaction(() -> movies.create(new MovieDraft("Crowd Scene", null, tooMany))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> inTransaction(
                        () -> movies.update(bourne, 0, new MovieDraft("The Bourne Identity", BOURNE_RELEASE, tooMany))))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(rows("movies")).isEqualTo(3);
        assertThat(inTransaction(() -> movies.getWithCast(bourne)).getActors())
                .extracting(Actor::getName)
                .containsExactly("Matt Damon");
    }

    // --- Dates and text on the way in ---

    @Test
    void datesAtBothEndsOfTheRangeAreStoredAndReadBackExactly() {
        long earliest = createMovie("Roundhay Garden Scene", CatalogDates.EARLIEST);
        long latest = createMovie("The End of Time", CatalogDates.LATEST);
        long elder = inTransaction(() -> actors.create(new ActorDraft("Eldest", CatalogDates.EARLIEST)))
                .getId();

        assertThat(inTransaction(() -> movies.getWithCast(earliest)).getReleaseDate())
                .isEqualTo(LocalDate.of(1850, 1, 1));
        assertThat(inTransaction(() -> movies.getWithCast(latest)).getReleaseDate())
                .isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(inTransaction(() -> actors.getProfile(elder)).getBirthday()).isEqualTo(LocalDate.of(1850, 1, 1));
        // and the database holds those days, not days shifted by a calendar conversion on the way
        assertThat(rows("movies where release_date = DATE '1850-01-01'")).isEqualTo(1);
        assertThat(rows("movies where release_date = DATE '9999-12-31'")).isEqualTo(1);
        assertThat(rows("actors where birthday = DATE '1850-01-01'")).isEqualTo(1);
        assertThat(listedTitles(searchMovies(new MovieSearch(null, null, null, MovieSort.RELEASE_DATE))))
                .startsWith("Roundhay Garden Scene")
                .endsWith("The End of Time");
    }

    @Test
    void datesOutsideTheRangeAndTextThatIsNotPlainAreRejectedBeforeTheDatabase() {
        assertThatThrownBy(() -> createMovie("Heat", LocalDate.of(1582, 10, 10)))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Must be between 1850-01-01 and 9999-12-31.");
        assertThatThrownBy(() -> createMovie("Heat\u202Etaeh", null))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("text-direction overrides");
        assertThatThrownBy(() -> createMovie("\u00A0\u200B", null))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Title is required.");

        assertThat(rows("movies")).isEqualTo(3);
    }

    // --- Column sizes and validation on the way in ---

    @Test
    void valuesOfTheLargestAllowedSizeInAnyScriptFitTheColumns() {
        String title = ofLength("Amélie — 天気の子 — Ωmega ", Movie.TITLE_MAX);
        String name = ofLength("Søren Ødegård-Āna ", Actor.NAME_MAX);
        String phone = ofLength("+33 (1) 42 68 53 00 ", ContactDetails.PHONE_MAX);
        String address = ofLength("1 Rue de l'Église, Zürich — 東京都 ", ContactDetails.ADDRESS_MAX);

        long movieId = inTransaction(() -> movies.create(new MovieDraft(title, null, Set.of())))
                .getId();
        long actorId =
                inTransaction(() -> actors.create(new ActorDraft(name, null))).getId();
        inTransaction(() -> actors.addContact(actorId, phone, address));

        assertThat(inTransaction(() -> movies.getWithCast(movieId)).getTitle())
                .isEqualTo(title)
                .hasSize(200);
        Actor read = inTransaction(() -> actors.getProfile(actorId));
        assertThat(read.getName()).isEqualTo(name).hasSize(100);
        assertThat(read.getContactDetails())
                .extracting(ContactDetails::getPhoneNumber, ContactDetails::getAddress)
                .containsExactly(tuple(phone, address));
        assertThat(phone).hasSize(32);
        assertThat(address).hasSize(200);
    }

    @Test
    void anInvalidMovieIsRejectedBeforeItReachesTheDatabase() {
        assertThatThrownBy(() -> inTransaction(() -> movies.create(new MovieDraft("x".repeat(201), null, Set.of()))))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Title must be at most 200 characters.");
        assertThatThrownBy(() -> inTransaction(() -> actors.create(new ActorDraft(" ", null))))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Name is required.");

        assertThat(rows("movies")).isEqualTo(3);
        assertThat(rows("actors")).isEqualTo(3);
    }

    // --- Helpers ---

    /** One unit of work, as the container runs a repository call: commit, or roll back on failure. */
    // --- Accounts and personal tokens (the V3 migration on every database) ---

    @Test
    void accountsAreFoundByTheirNameInLowerCaseWithTheirRoles() {
        Instant now = Instant.parse("2026-12-02T10:15:30.123456Z");
        inTransaction(() -> accounts.create("Alice", "hash-a", Role.ADMIN, false, now));

        Account alice = inTransaction(() -> accounts.findByUsername(" ALICE ")).orElseThrow();
        assertThat(alice.getUsername()).isEqualTo("alice");
        assertThat(alice.groups()).containsExactly("admin", "editor");
        assertThat(alice.getCreatedAt()).isEqualTo(now);
        assertThat(alice.hasDemoPassword()).isFalse();
        assertThatThrownBy(() -> inTransaction(() -> accounts.create("alice", "hash-b", Role.EDITOR, false, now)))
                .isInstanceOf(AccountNameTakenException.class);
        assertThat(rows("accounts")).isEqualTo(1);
    }

    @Test
    void theLastEnabledAdminCanBeNeitherDemotedNorDisabled() {
        Instant now = Instant.now();
        long admin = inTransaction(() -> accounts.create("root", "h", Role.ADMIN, false, now))
                .getId();
        long editor = inTransaction(() -> accounts.create("ed", "h", Role.EDITOR, true, now))
                .getId();

        assertThatThrownBy(() -> inTransaction(() -> accounts.changeLevel(admin, Role.EDITOR)))
                .isInstanceOf(LastAdminException.class);
        assertThatThrownBy(() -> inTransaction(() -> accounts.setEnabled(admin, false)))
                .isInstanceOf(LastAdminException.class);
        assertThat(inTransaction(() -> accounts.anyDemoPasswordInUse())).isTrue();

        inTransaction(() -> accounts.changeLevel(editor, Role.ADMIN));
        inTransaction(() -> accounts.setEnabled(admin, false));
        assertThat(inTransaction(() -> accounts.hasEnabledAdmin())).isTrue();
        assertThat(inTransaction(() -> accounts.get(admin)).isEnabled()).isFalse();
        assertThat(rows("account_roles where account_id = " + editor)).isEqualTo(2);
    }

    @Test
    void aPersonalTokenIsFoundByItsIdWithItsAccountAndCanBeRevokedOnlyByItsOwner() {
        Instant now = Instant.parse("2026-12-02T10:00:00Z");
        long owner = inTransaction(() -> accounts.create("owner", "h", Role.EDITOR, false, now))
                .getId();
        long other = inTransaction(() -> accounts.create("other", "h", Role.EDITOR, false, now))
                .getId();
        // far beyond 2038, where MariaDB's TIMESTAMP would end
        Instant later = Instant.parse("2099-01-01T00:00:00Z");
        long token = inTransaction(() -> tokens.create(owner, "script", "tid-1", now, later))
                .getId();

        ApiToken found = inTransaction(() -> tokens.findForUse("tid-1")).orElseThrow();
        assertThat(found.getAccount().getUsername()).isEqualTo("owner");
        assertThat(found.getAccount().groups()).containsExactly("editor");
        assertThat(found.getExpiresAt()).isEqualTo(later);
        assertThatThrownBy(() -> inTransaction(() -> tokens.revoke(other, token, now)))
                .isInstanceOf(NotFoundException.class);
        inTransaction(() -> tokens.markUsed("tid-1", now.plusSeconds(60)));
        inTransaction(() -> tokens.revoke(owner, token, now.plusSeconds(120)));
        ApiToken revoked = inTransaction(() -> tokens.ofAccount(owner)).get(0);
        assertThat(revoked.isRevoked()).isTrue();
        assertThat(revoked.getLastUsedAt()).isEqualTo(now.plusSeconds(60));
        assertThat(inTransaction(() -> tokens.ofAccount(other))).isEmpty();
    }

    private <T> T inTransaction(Supplier<T> work) {
        return inTransaction(em, work);
    }

    /** One unit of work on the given entity manager, as {@link #inTransaction(Supplier)} on the test's own. */
    private static <T> T inTransaction(EntityManager em, Supplier<T> work) {
        EntityTransaction transaction = em.getTransaction();
        transaction.begin();
        try {
            T result = work.get();
            transaction.commit();
            return result;
        } finally {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            em.clear();
        }
    }

    private void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs {@code otherEdit} as a second person does who read the {@code type} with this id before
     * {@code firstEdit} was saved by someone else, and saved in the moment after: its unit of work
     * passes every check against the version it read and only the write can tell. Returns what the
     * second edit threw.
     */
    private Throwable raceAgainstAnotherEdit(
            Class<?> type, long id, Runnable firstEdit, Consumer<EntityManager> otherEdit) {
        EntityManager other = emf.createEntityManager();
        try {
            other.getTransaction().begin();
            // Read in the other person's unit of work before the first edit is saved: its queries
            // return this instance with the version read, as they would in a transaction that was
            // between its checks and its write when the first edit committed.
            assertThat(other.find(type, id)).isNotNull();
            inTransaction(firstEdit);
            Throwable failure = catchThrowable(() -> otherEdit.accept(other));
            assertThat(failure).as("the second edit").isNotNull();
            return failure;
        } finally {
            if (other.getTransaction().isActive()) {
                other.getTransaction().rollback();
            }
            other.close();
        }
    }

    /** The database under test, for checks of one database's own catalogue. */
    protected DataSource dataSource() {
        return dataSource;
    }

    /** Runs a statement on a connection of its own, outside Hibernate, and commits it. */
    private void jdbc(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
    }

    /** The name quoted as the database quotes identifiers: Flyway's history table and its columns are lower-case. */
    private String quoted(String name) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String quote = connection.getMetaData().getIdentifierQuoteString().strip();
            return quote + name + quote;
        }
    }

    /** The title keys of the movies from this id on, in the order of their ids. */
    private List<String> titleKeysFrom(long firstId) {
        return inTransaction(() -> em
                .createNativeQuery("select title_key from movies where id >= " + firstId + " order by id", String.class)
                .getResultList()
                .stream()
                .map(String.class::cast)
                .toList());
    }

    /** Empties every table, children first, so that no test depends on another's rows. */
    // --- Record history ---

    @Test
    void aMovieHistoryNamesWhoChangedWhatThroughWhichChannelNewestFirst() {
        long dwayne = actorId("Dwayne Johnson");
        long mark = actorId("Mark Wahlberg");
        long movieId;
        try (var origin = ChangeOrigin.open(() -> "alice", Channel.PAGE, "req-1")) {
            movieId = inTransaction(() ->
                            movies.create(new MovieDraft("Furious Seven", LocalDate.of(2015, 4, 2), Set.of(dwayne))))
                    .getId();
        }
        try (var origin = ChangeOrigin.open(() -> "bob", Channel.API, "req-2")) {
            long version = inTransaction(() -> movies.getWithCast(movieId)).getVersion();
            inTransaction(() -> movies.update(
                    movieId, version, new MovieDraft("Furious Eight", LocalDate.of(2015, 4, 2), Set.of(mark))));
        }
        try (var origin = ChangeOrigin.open(() -> "carol", Channel.PAGE, null)) {
            inTransaction(() -> movies.delete(movieId));
        }

        Page<HistoryEntry> history = inTransaction(() -> this.history.ofMovie(movieId, PageRequest.first()));

        assertThat(history.items())
                .extracting(HistoryEntry::account, HistoryEntry::channel, HistoryEntry::kind)
                .containsExactly(
                        tuple("carol", Channel.PAGE, HistoryEntry.Kind.DELETED),
                        tuple("bob", Channel.API, HistoryEntry.Kind.CHANGED),
                        tuple("alice", Channel.PAGE, HistoryEntry.Kind.CREATED));
        assertThat(history.items().get(1).changes())
                .extracting(Change::describe)
                .containsExactly(
                        "title: Furious Seven \u2192 Furious Eight", "cast: + Mark Wahlberg, \u2212 Dwayne Johnson");
        assertThat(history.items().get(2).changes())
                .extracting(Change::describe)
                .containsExactly("title: Furious Seven", "release date: 2015-04-02", "cast: + Dwayne Johnson");
        assertThat(history.exact()).isTrue();
        assertThat(inTransaction(() -> this.history.recent("bob", null, null, PageRequest.first()))
                        .items())
                .singleElement()
                .satisfies(change -> assertThat(change.records())
                        .extracting(RecentChange.Touched::type, RecentChange.Touched::label, RecentChange.Touched::kind)
                        .containsExactly(tuple("movie", "Furious Eight", HistoryEntry.Kind.CHANGED)));
    }

    @Test
    void historyViewsAndTheHistoryOfAWriteCostAConstantNumberOfStatements() {
        addThirtyMoviesWithCasts();
        List<Long> others = inTransaction(
                () -> em.createQuery("select a.id from Actor a where a.name <> 'Matt Damon' order by a.id", Long.class)
                        .setMaxResults(20)
                        .getResultList());
        long bourne = movieId("The Bourne Identity");
        long matt = actorId("Matt Damon");
        long heat = inTransaction(() -> movies.create(new MovieDraft("Heat", LocalDate.of(1995, 12, 15), Set.of(matt))))
                .getId();
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();

        // Each write recasts: one actor out and one in for Heat, five out and five in for the Bourne
        // movie (Matt Damon the first time). The least of two writes each, because every fiftieth
        // revision also fetches the next block of revision numbers.
        long oneActorRecast = Long.MAX_VALUE;
        long fiveActorsRecast = Long.MAX_VALUE;
        for (int round = 0; round < 2; round++) {
            Set<Long> one = Set.of(others.get(round));
            Set<Long> five = Set.copyOf(round == 0 ? others.subList(0, 5) : others.subList(5, 10));
            oneActorRecast = Math.min(
                    oneActorRecast,
                    statementsOf(
                            statistics,
                            () -> movies.update(
                                    heat,
                                    movies.getWithCast(heat).getVersion(),
                                    new MovieDraft("Heat", LocalDate.of(1995, 12, 15), one))));
            fiveActorsRecast = Math.min(
                    fiveActorsRecast,
                    statementsOf(
                            statistics,
                            () -> movies.update(
                                    bourne,
                                    movies.getWithCast(bourne).getVersion(),
                                    new MovieDraft("The Bourne Identity", BOURNE_RELEASE, five))));
        }
        for (int i = 1; i <= 12; i++) {
            String title = "The Bourne Identity " + i;
            inTransaction(() -> movies.update(
                    bourne, movies.getWithCast(bourne).getVersion(), new MovieDraft(title, BOURNE_RELEASE, Set.of())));
        }
        long firstPage = statementsOf(statistics, () -> history.ofMovie(bourne, new PageRequest(1, 10)));
        long secondPage = statementsOf(statistics, () -> history.ofMovie(bourne, new PageRequest(2, 10)));
        long actorPage = statementsOf(statistics, () -> history.ofActor(others.get(0), new PageRequest(1, 10)));
        long recent = statementsOf(statistics, () -> history.recent(null, null, null, new PageRequest(1, 25)));

        // Recasting five actors writes ten history rows, in one batch: no more statements than recasting one.
        assertThat(fiveActorsRecast).isEqualTo(oneActorRecast);
        assertThat(firstPage).isEqualTo(2);
        assertThat(secondPage).isEqualTo(2);
        assertThat(actorPage).isEqualTo(4);
        assertThat(recent).isEqualTo(2);
        assertThat(inTransaction(() -> history.ofMovie(bourne, new PageRequest(2, 10)))
                        .items())
                .hasSize(5);
    }

    private long statementsOf(Statistics statistics, Runnable work) {
        statistics.clear();
        inTransaction(work);
        return statistics.getPrepareStatementCount();
    }

    @Test
    void aRefusedWriteLeavesNoHistory() {
        long before = rows("revisions");

        assertThatThrownBy(() -> createMovie("The Bourne Identity", BOURNE_RELEASE))
                .isInstanceOf(DuplicateMovieException.class);
        long bourne = movieId("The Bourne Identity");
        assertThatThrownBy(() ->
                        inTransaction(() -> movies.update(bourne, 99, new MovieDraft("Changed", null, Set.of()))))
                .isInstanceOf(StaleEditException.class);

        assertThat(rows("revisions")).isEqualTo(before);
        assertThat(rows("movies_aud where title = 'Changed'")).isZero();
    }

    @Test
    void anActorHistoryHasItsFieldsContactsAndStuntmanAndAVersionToRestore() {
        long actorId;
        try (var origin = ChangeOrigin.open(() -> "alice", Channel.PAGE, null)) {
            actorId = inTransaction(() -> actors.create(new ActorDraft("Jason Stathan", null)))
                    .getId();
            long contact = inTransaction(() -> actors.addContact(actorId, "423 555 5623", "Glendale, CA"))
                    .getId();
            inTransaction(() -> actors.saveStuntman(actorId, null, "Greg Powell", true));
            long version = inTransaction(() -> actors.getProfile(actorId)).getVersion();
            inTransaction(
                    () -> actors.update(actorId, version, new ActorDraft("Jason Statham", LocalDate.of(1967, 7, 26))));
            inTransaction(() -> actors.removeContact(actorId, contact));
        }

        Page<HistoryEntry> history = inTransaction(() -> this.history.ofActor(actorId, PageRequest.first()));

        assertThat(history.items())
                .extracting(
                        entry -> entry.changes().stream().map(Change::describe).toList())
                .containsExactly(
                        List.of("contact removed: 423 555 5623, Glendale, CA"),
                        List.of("name: Jason Stathan \u2192 Jason Statham", "birthday: (none) \u2192 1967-07-26"),
                        List.of("stuntman added: Greg Powell (active)"),
                        List.of("contact added: 423 555 5623, Glendale, CA"),
                        List.of("name: Jason Stathan"));
        long created = history.items().get(4).revision();
        assertThat(inTransaction(() -> this.history.actorVersion(actorId, created)))
                .hasValueSatisfying(version -> assertThat(version.name()).isEqualTo("Jason Stathan"));
        assertThat(inTransaction(() -> this.history.ofActor(actorId, new PageRequest(2, 2)))
                        .items())
                .extracting(HistoryEntry::revision)
                .containsExactly(
                        history.items().get(2).revision(),
                        history.items().get(3).revision());
    }

    @Test
    void aDeletedMovieCanBeRecreatedFromItsLastVersionWithTheActorsThatStillExist() {
        long bourne = movieId("The Bourne Identity");
        inTransaction(() -> movies.delete(bourne));
        long deletion = ((Number)
                        inTransaction(() -> em.createNativeQuery("select max(rev) from movies_aud where id = " + bourne)
                                .getSingleResult()))
                .longValue();

        MovieVersion last =
                inTransaction(() -> history.movieVersion(bourne, deletion)).orElseThrow();

        assertThat(last.title()).isEqualTo("The Bourne Identity");
        assertThat(last.releaseDate()).isEqualTo(BOURNE_RELEASE);
        assertThat(last.cast().values()).containsExactly("Matt Damon");
        assertThat(last.revision()).isLessThan(deletion);
    }

    private void deleteEverything() {
        inTransaction(() -> {
            for (String table : List.of(
                    "movies_actors_aud",
                    "movies_aud",
                    "actors_aud",
                    "contact_details_aud",
                    "stuntmen_aud",
                    "revisions",
                    "movies_actors",
                    "contact_details",
                    "stuntmen",
                    "movies",
                    "actors",
                    "api_tokens",
                    "account_roles",
                    "accounts")) {
                em.createNativeQuery("delete from " + table).executeUpdate();
            }
        });
    }

    /** How many rows a table has, optionally with a where clause: {@code rows("stuntmen where actor_id = 1")}. */
    private long rows(String tableAndCondition) {
        return inTransaction(() -> ((Number) em.createNativeQuery("select count(*) from " + tableAndCondition)
                        .getSingleResult())
                .longValue());
    }

    private long movieId(String title) {
        return inTransaction(() -> em.createQuery("select m.id from Movie m where m.title = :title", Long.class)
                .setParameter("title", title)
                .getSingleResult());
    }

    private long actorId(String name) {
        return inTransaction(() -> actors.findByName(name)).orElseThrow().getId();
    }

    private long createMovie(String title, LocalDate releaseDate) {
        return inTransaction(() -> movies.create(new MovieDraft(title, releaseDate, Set.of())))
                .getId();
    }

    private List<MovieSummary> searchMovies(MovieSearch search) {
        return inTransaction(() -> movies.search(search, PageRequest.first())).items();
    }

    private List<ActorRow> searchActors(ActorSearch search) {
        return inTransaction(() -> actors.search(search, PageRequest.first())).items();
    }

    /** The titles of the movies the actor starred in, oldest first, as {@code /movies?actor=} lists them by date. */
    private List<String> starring(long actorId) {
        return listedTitles(searchMovies(new MovieSearch(null, null, actorId, MovieSort.RELEASE_DATE)));
    }

    /** The names of the actors with a contact address containing {@code city}, as {@code /actors?city=} lists them. */
    private List<String> actorsInCity(String city) {
        return actorNames(searchActors(new ActorSearch(null, city, null)));
    }

    /**
     * Thirty more movies, "Movie 01" to "Movie 30", each casting three of ten more actors; every
     * actor has a contact and every other one a stuntman.
     */
    private void addThirtyMoviesWithCasts() {
        inTransaction(() -> {
            List<Actor> cast = IntStream.rangeClosed(1, 10)
                    .mapToObj(i -> {
                        Actor actor = new Actor("Extra %02d".formatted(i), LocalDate.of(1980, 1, i));
                        actor.addContact(new ContactDetails(
                                "555 01%02d".formatted(i), "%d Sunset Blvd, Los Angeles, CA".formatted(i)));
                        if (i % 2 == 0) {
                            actor.assignStuntman(new Stuntman("Double %02d".formatted(i), true));
                        }
                        return actor;
                    })
                    .toList();
            for (int i = 1; i <= 30; i++) {
                Movie movie = new Movie(
                        "Movie %02d".formatted(i), LocalDate.of(2000, 1, 1).plusDays(i));
                movie.addActor(cast.get(i % 10));
                movie.addActor(cast.get((i + 3) % 10));
                movie.addActor(cast.get((i + 7) % 10));
                em.persist(movie);
            }
        });
    }

    /** {@code unit} repeated to exactly {@code length} characters, ending in a letter so that nothing strips it. */
    private static String ofLength(String unit, int length) {
        return unit.repeat(length / unit.length() + 1).substring(0, length - 1) + "x";
    }

    private static List<String> titles(List<Movie> movies) {
        return movies.stream().map(Movie::getTitle).toList();
    }

    private static List<String> listedTitles(List<MovieSummary> movies) {
        return movies.stream().map(MovieSummary::title).toList();
    }

    private static List<String> actorNames(List<ActorRow> rows) {
        return rows.stream().map(row -> row.actor().getName()).toList();
    }
}
