package app.marquee.it;

import static app.marquee.it.UiTests.href;
import static app.marquee.it.UiTests.names;
import static app.marquee.it.UiTests.titles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.marquee.actor.ActorDraft;
import app.marquee.actor.ActorRepository;
import app.marquee.catalog.Actor;
import app.marquee.catalog.Movie;
import app.marquee.movie.MovieDraft;
import app.marquee.movie.MovieRepository;
import app.marquee.movie.MovieSearch;
import app.marquee.movie.MovieSort;
import app.marquee.paging.PageRequest;
import app.marquee.it.PageClient.Reply;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.net.URL;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The home page and the movie pages inside Payara Micro against PostgreSQL, over HTTP as a browser
 * uses them: listings with filters, sorting and paging; the movie form with its cast picker,
 * validation, stale edits and deletion; CSRF, escaping and the error pages; and the number of SQL
 * statements of every page (movie and actor pages alike).
 */
@ExtendWith(ArquillianExtension.class)
class MoviePagesIT {

    @Deployment
    static WebArchive deployment() {
        return UiTests.deployment(MoviePagesIT.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    CatalogFixture fixture;

    @Inject
    MovieRepository movies;

    @Inject
    ActorRepository actors;

    @PersistenceUnit(unitName = "marquee")
    EntityManagerFactory emf;

    PageClient client;

    @BeforeEach
    void sampleCatalogAndANewSession() {
        fixture.resetToSampleCatalog();
        client = PageClient.signedInEditor(base);
    }

    private long actorId(String name) {
        return actors.findByName(name).orElseThrow().getId();
    }

    private long movieId(String title) {
        return movies.search(new MovieSearch(title, null, null, MovieSort.TITLE), PageRequest.first())
                .items().get(0).getId();
    }

    // --- home ---------------------------------------------------------------------------------

    @Test
    void homeShowsTheCountsAndTheTutorialsFourQueriesGiveTheSpecAnswers() {
        Reply home = client.get("");
        assertEquals(200, home.status());
        assertEquals("3", home.text("#movie-count"));
        assertEquals("3", home.text("#actor-count"));

        Reply all = client.get(href(home, "#query-all-movies"));
        assertEquals(List.of("Furious 7", "Pain & Gain", "The Bourne Identity"), titles(all));
        assertEquals(List.of("2015-04-02", "2013-08-23", "2002-10-11"),
                all.texts("table.listing tbody td[data-label=Released]"));
        assertEquals(List.of("Furious 7"), titles(client.get(href(home, "#query-released-after"))));
        assertEquals(List.of("Pain & Gain", "Furious 7"), titles(client.get(href(home, "#query-starring"))));
        assertEquals(List.of("Dwayne Johnson", "Mark Wahlberg"), names(client.get(href(home, "#query-city"))));
    }

    @Test
    void homeSearchBoxSearchesMovieTitlesOrActorNames() {
        Reply home = client.get("");
        var form = home.doc().selectFirst("form.search");
        assertEquals("get", form.attr("method"));
        assertTrue(form.absUrl("action").endsWith("/movies"), form.absUrl("action"));
        assertTrue(form.selectFirst("button[formaction]").absUrl("formaction").endsWith("/actors"));
        assertEquals("home-q", form.selectFirst("label").attr("for"));

        assertEquals(List.of("The Bourne Identity"), titles(client.get(form.absUrl("action") + "?q=bourne")));
        assertEquals(List.of("Mark Wahlberg", "Matt Damon"), names(client.get("actors?q=ma")));
    }

    // --- movie listing ------------------------------------------------------------------------

    @Test
    void movieListShowsTitlesReleaseDatesAndCastsWithLinks() {
        Reply list = client.get("movies");
        assertEquals(200, list.status());
        assertEquals("Showing 1–3 of 3", list.text(".summary"));
        var painAndGain = list.doc().selectFirst("tr:has(td[data-label=Title]:contains(Pain & Gain))");
        assertEquals("Dwayne Johnson, Mark Wahlberg", painAndGain.selectFirst("td[data-label=Cast]").text());
        assertTrue(painAndGain.selectFirst("td[data-label=Cast] a").attr("href")
                .endsWith("/actors/" + actorId("Dwayne Johnson")));
        assertTrue(painAndGain.selectFirst("td[data-label=Title] a").attr("href")
                .endsWith("/movies/" + movieId("Pain & Gain")));
    }

    @Test
    void everyMovieInTheListingShowsItsWholeCastEvenWhenCastsInterleaveByName() {
        // Sorted by actor name the cast rows alternate between the two movies (Adam: A, Mia: B,
        // Zed: A); each movie must still get all of its actors.
        long adam = actors.create(new ActorDraft("Adam Interleave", null)).getId();
        long mia = actors.create(new ActorDraft("Mia Interleave", null)).getId();
        long zed = actors.create(new ActorDraft("Zed Interleave", null)).getId();
        movies.create(new MovieDraft("Interleave A", null, Set.of(adam, zed)));
        movies.create(new MovieDraft("Interleave B", null, Set.of(mia)));

        Reply list = client.get("movies?q=interleave");
        assertEquals(List.of("Adam Interleave, Zed Interleave", "Mia Interleave"),
                list.texts("table.listing tbody td[data-label=Cast]"));
    }

    @Test
    void movieFiltersCombineAreShownAndEachCanBeRemoved() {
        Reply both = client.get("movies?q=I&releasedAfter=2010-01-01");
        assertEquals(List.of("Furious 7", "Pain & Gain"), titles(both));
        assertEquals(List.of("I", "2010-01-01"), both.texts(".chip strong"));
        assertEquals("I", both.value("#q"));
        assertEquals("2010-01-01", both.value("#releasedAfter"));

        Reply titleOnly = client.get(href(both, ".chip:contains(Released after) a.chip-remove"));
        assertEquals(List.of("Furious 7", "Pain & Gain", "The Bourne Identity"), titles(titleOnly));
        assertEquals(List.of("I"), titleOnly.texts(".chip strong"));

        Reply dateOnly = client.get(href(both, ".chip:contains(Title contains) a.chip-remove"));
        assertEquals(List.of("Furious 7", "Pain & Gain"), titles(dateOnly));
        assertEquals(List.of("2010-01-01"), dateOnly.texts(".chip strong"));
    }

    @Test
    void movieListByActorNamesTheActorInItsFilter() {
        Reply starring = client.get("movies?actor=" + actorId("Dwayne Johnson") + "&sort=releaseDate");
        assertEquals(List.of("Pain & Gain", "Furious 7"), titles(starring));
        assertEquals(List.of("Dwayne Johnson"), starring.texts(".chip strong"));
        assertEquals(String.valueOf(actorId("Dwayne Johnson")), starring.value("form.filters input[name=actor]"));
    }

    @Test
    void movieListPagesAndSortsAndEveryLinkKeepsTheListingsParameters() {
        fixture.addMoviesWithCasts(25);
        Reply first = client.get("movies?size=10&sort=-releaseDate");
        assertEquals("Showing 1–10 of 28", first.text(".summary"));
        assertEquals(List.of("Furious 7", "Pain & Gain", "The Bourne Identity", "Bulk Movie 025"),
                titles(first).subList(0, 4));
        assertEquals("10", first.value("#size option[selected]"));
        assertEquals("descending", first.doc().selectFirst("th:contains(Released)").attr("aria-sort"));

        Reply second = client.get(href(first, "a[rel=next]"));
        assertTrue(second.uri().getQuery().contains("page=2"), second.uri().toString());
        assertEquals("Showing 11–20 of 28", second.text(".summary"));
        assertEquals("Bulk Movie 018", titles(second).get(0));
        assertEquals("2", second.text(".pagination [aria-current=page]"));

        Reply third = client.get(href(second, "a[rel=next]"));
        assertEquals("Showing 21–28 of 28", third.text(".summary"));
        assertNull(third.doc().selectFirst("a[rel=next]"));
        assertEquals("Showing 11–20 of 28", client.get(href(third, "a[rel=prev]")).text(".summary"));

        Reply byTitle = client.get(href(first, "th:contains(Title) a"));
        assertEquals("ascending", byTitle.doc().selectFirst("th:contains(Title)").attr("aria-sort"));
        assertEquals("Bulk Movie 001", titles(byTitle).get(0));
        assertEquals(10, titles(byTitle).size());
        Reply byTitleDescending = client.get(href(byTitle, "th:contains(Title) a"));
        assertEquals("The Bourne Identity", titles(byTitleDescending).get(0));
    }

    @Test
    void malformedListParametersAreIgnoredAndSaidSo() {
        Reply list = client.get("movies?page=abc&size=lots&sort=sideways&releasedAfter=2015-13-01&actor=someone");
        assertEquals(200, list.status());
        assertEquals(List.of("Furious 7", "Pain & Gain", "The Bourne Identity"), titles(list));
        String notices = list.text(".notices");
        assertTrue(notices.contains("2015-13-01") && notices.contains("someone"), notices);
        assertTrue(list.doc().select(".chip").isEmpty());
    }

    @Test
    void aPagePastTheEndSaysSoAndLinksBack() {
        Reply past = client.get("movies?page=99");
        assertEquals(200, past.status());
        assertTrue(past.text(".empty").contains("There is no page 99"), past.text(".empty"));
        assertEquals(3, titles(client.get(href(past, ".empty a"))).size());
    }

    @Test
    void emptyListingsSayWhyTheyAreEmpty() {
        assertTrue(client.get("movies?q=zzz").text(".empty").startsWith("No movies match these filters"));
        assertTrue(client.get("actors?city=atlantis").text(".empty").startsWith("No actors match these filters"));
        fixture.deleteAll();
        assertTrue(client.get("movies").text(".empty").startsWith("No movies yet"));
        assertTrue(client.get("actors").text(".empty").startsWith("No actors yet"));
        assertEquals("0", client.get("").text("#movie-count"));
    }

    // --- movie page and errors ----------------------------------------------------------------

    @Test
    void moviePageShowsTheCastWithStuntmenAndLinksToEditAndDelete() {
        long id = movieId("Pain & Gain");
        Reply page = client.get("movies/" + id);
        assertEquals(200, page.status());
        assertEquals("Pain & Gain", page.text("h1"));
        assertEquals("2013-08-23", page.text(".facts time"));
        assertEquals(List.of("Dwayne Johnson", "Mark Wahlberg"), page.texts("#cast td[data-label=Actor]"));
        assertEquals(List.of("John Roe", "Richard Roe"), page.texts("#cast td[data-label=Stuntman]"));
        assertTrue(href(page, "a:contains(Edit movie)").endsWith("/movies/" + id + "/edit"));
        assertTrue(href(page, "a:contains(Delete movie)").endsWith("/movies/" + id + "/delete"));
    }

    @Test
    void unknownIdsGiveAFriendly404AndMalformedIdsA400() {
        Reply missing = client.get("movies/987654321");
        assertEquals(404, missing.status());
        assertEquals("Movie not found", missing.text("h1"));
        assertTrue(missing.contentType().startsWith("text/html"));
        assertEquals(404, client.get("movies/987654321/edit").status());
        assertEquals(404, client.get("actors/987654321").status());
        assertEquals(404, client.get("no/such/page").status());
        assertEquals("Not Found", client.get("no/such/page").text("h1"));

        for (String malformed : List.of("movies/abc", "movies/-1", "movies/1.5/edit", "actors/99999999999999999999",
                "actors/x/contacts/1/edit", "actors/1/contacts/x/edit")) {
            Reply bad = client.get(malformed);
            assertEquals(400, bad.status(), malformed);
            assertFalse(bad.body().contains("Exception"), malformed);
        }
    }

    // --- movie form ---------------------------------------------------------------------------

    @Test
    void creatingAMovieWithTwoActorsRedirectsToItWithAFlashMessageShownOnce() {
        Reply form = client.get("movies/new");
        assertEquals(200, form.status());
        assertNotNull(form.doc().selectFirst("label[for=title]"));
        String matt = String.valueOf(actorId("Matt Damon"));
        String mark = String.valueOf(actorId("Mark Wahlberg"));

        Reply posted = client.submit(form, "form.record-form",
                f -> f.set("title", " Heat ").set("releaseDate", "1995-12-15").add("cast", matt).add("cast", mark));
        assertEquals(303, posted.status());
        long id = movieId("Heat");
        assertEquals("/movies/" + id, posted.redirectPath(client.resolve("")));

        Reply shown = client.follow(posted);
        assertEquals("Movie “Heat” saved.", shown.flash());
        assertEquals("1995-12-15", shown.text(".facts time"));
        assertEquals(List.of("Mark Wahlberg", "Matt Damon"), shown.texts("#cast td[data-label=Actor]"));
        assertNull(client.get(shown.uri().toString()).flash(), "a reload shows no flash message");
    }

    @Test
    void anInvalidMovieFormIsShownAgainWithMessagesBesideTheFieldsAndTheInputKept() {
        Reply form = client.get("movies/new");
        String matt = String.valueOf(actorId("Matt Damon"));

        Reply bad = client.submit(form, "form.record-form",
                f -> f.set("title", "   ").set("releaseDate", "1995-02-30").add("cast", matt));
        assertEquals(400, bad.status());
        assertEquals("Title is required.", bad.fieldError("title"));
        assertEquals("There is no such date as 1995-02-30.", bad.fieldError("releaseDate"));
        assertEquals("1995-02-30", bad.value("#releaseDate"));
        assertEquals("true", bad.doc().selectFirst("#title").attr("aria-invalid"));
        assertTrue(bad.doc().selectFirst("#cast-" + matt).hasAttr("checked"), "the chosen actor stays chosen");
        assertNotNull(bad.doc().selectFirst("#error-summary"));

        Reply tooLong = client.submit(bad, "form.record-form",
                f -> f.set("title", "T".repeat(201)).set("releaseDate", "15/12/1995"));
        assertEquals(400, tooLong.status());
        assertEquals("Title must be at most 200 characters.", tooLong.fieldError("title"));
        assertEquals("T".repeat(201), tooLong.value("#title"));
        assertEquals("Enter a date as YYYY-MM-DD, for example 2015-04-02.", tooLong.fieldError("releaseDate"));
        assertEquals(3, movies.count());
    }

    @Test
    void aMovieWithTheSameTitleAndReleaseDateAsAnotherIsRefused() {
        Reply bad = client.submit(client.get("movies/new"), "form.record-form",
                f -> f.set("title", "furious 7").set("releaseDate", "2015-04-02"));
        assertEquals(400, bad.status());
        assertTrue(bad.fieldError("title").contains("already in the catalogue"), bad.fieldError("title"));
        assertEquals(3, movies.count());
    }

    @Test
    void theCastPickerFindsActorsByNameWithoutSavingAndAddsTheTickedOnes() {
        fixture.addMoviesWithCasts(8);
        Reply form = client.get("movies/new");
        assertEquals(10, form.doc().select("#cast-candidates input[type=checkbox]").size());
        assertTrue(form.text(".cast-picker").contains("Showing the first 10 of 19 matching actors"));

        Reply found = client.submit(form, "form.record-form",
                f -> f.set("title", "Ted").set("castSearch", "WAHL").set("_action", "findActors"));
        assertEquals(200, found.status());
        assertEquals(List.of("Mark Wahlberg"), found.texts("#cast-candidates label"));
        assertEquals("Ted", found.value("#title"));
        assertEquals(11, movies.count(), "finding actors saves nothing");

        String mark = String.valueOf(actorId("Mark Wahlberg"));
        Reply saved = client.submit(found, "form.record-form", f -> f.add("cast", mark));
        assertEquals(303, saved.status());
        assertEquals(List.of("Mark Wahlberg"), client.follow(saved).texts("#cast td[data-label=Actor]"));
    }

    @Test
    void editingAMovieChangesItsFieldsAndCast() {
        long id = movieId("Furious 7");
        String dwayne = String.valueOf(actorId("Dwayne Johnson"));
        String matt = String.valueOf(actorId("Matt Damon"));
        Reply form = client.get("movies/" + id + "/edit");
        assertEquals("Furious 7", form.value("#title"));
        assertEquals("2015-04-02", form.value("#releaseDate"));
        assertTrue(form.doc().selectFirst("#cast-" + dwayne).hasAttr("checked"));

        Reply saved = client.submit(form, "form.record-form",
                f -> f.set("title", "Furious Seven").set("releaseDate", "").remove("cast", dwayne).add("cast", matt));
        assertEquals(303, saved.status());
        Reply shown = client.follow(saved);
        assertEquals("Movie “Furious Seven” saved.", shown.flash());
        assertEquals(List.of("Matt Damon"), shown.texts("#cast td[data-label=Actor]"));
        Movie stored = movies.getWithCast(id);
        assertNull(stored.getReleaseDate());
        assertEquals(List.of("Matt Damon"), stored.getActors().stream().map(Actor::getName).toList());
    }

    @Test
    void aStaleMovieEditShowsAConflictWithTheCurrentValuesAndOverwritesNothing() {
        long id = movieId("Furious 7");
        Reply mine = client.get("movies/" + id + "/edit");
        Movie theirs = movies.getWithCast(id);
        movies.update(id, theirs.getVersion(), new MovieDraft("Furious Seven", theirs.getReleaseDate(),
                Set.of(actorId("Dwayne Johnson"))));

        Reply conflict = client.submit(mine, "form.record-form", f -> f.set("title", "Fast & Furious 7"));
        assertEquals(409, conflict.status());
        assertTrue(conflict.text("#conflict").contains("Someone else saved this movie"));
        assertTrue(conflict.text("#conflict .submitted").contains("Fast & Furious 7"));
        assertEquals("Furious Seven", conflict.value("#title"), "the form shows the current values");
        assertEquals("Furious Seven", movies.getWithCast(id).getTitle());

        Reply retried = client.submit(conflict, "form.record-form", f -> f.set("title", "Fast & Furious 7"));
        assertEquals(303, retried.status());
        assertEquals("Fast & Furious 7", movies.getWithCast(id).getTitle());
    }

    @Test
    void deletingAMovieTakesAConfirmationStepAndKeepsItsActors() {
        long id = movieId("Pain & Gain");
        Reply confirm = client.get(href(client.get("movies/" + id), "a:contains(Delete movie)"));
        assertEquals(200, confirm.status());
        assertTrue(confirm.text("h1").contains("Pain & Gain"));
        assertTrue(movies.exists(id), "asking for confirmation deletes nothing");

        Reply deleted = client.submit(confirm, "form.actions", f -> { });
        assertEquals(303, deleted.status());
        Reply list = client.follow(deleted);
        assertEquals("Movie “Pain & Gain” deleted.", list.flash());
        assertEquals(List.of("Furious 7", "The Bourne Identity"), titles(list));
        assertFalse(movies.exists(id));
        assertEquals(3, actors.count());
        assertEquals(404, client.submit(confirm, "form.actions", f -> { }).status());
    }

    @Test
    void deletingAMovieChangedSinceTheConfirmationPageKeepsItAndShowsItAgain() {
        long id = movieId("Pain & Gain");
        Reply confirm = client.get("movies/" + id + "/delete");
        Movie theirs = movies.getWithCast(id);
        movies.update(id, theirs.getVersion(), new MovieDraft("Pain and Gain", theirs.getReleaseDate(), Set.of()));

        Reply refused = client.submit(confirm, "form.actions", f -> { });
        assertEquals(409, refused.status());
        assertTrue(refused.text("#conflict").contains("Nothing was deleted"), refused.text("#conflict"));
        assertTrue(refused.text("h1").contains("Pain and Gain"), "the page shows the movie as it is now");
        assertTrue(movies.exists(id));

        assertEquals(303, client.submit(refused, "form.actions", f -> { }).status());
        assertFalse(movies.exists(id));
    }

    // --- security -----------------------------------------------------------------------------

    @Test
    void aPostWithoutTheSessionsCsrfTokenIsRefusedWithAFriendly403() {
        Reply form = client.get("movies/new");
        assertNotNull(form.value("input[name=_csrf]"));

        Reply missing = client.post("movies", List.of(Map.entry("title", "Forged")));
        assertEquals(403, missing.status());
        assertEquals("Form expired", missing.text("h1"));

        Reply wrong = client.submit(form, "form.record-form", f -> f.set("title", "Forged").set("_csrf", "guess"));
        assertEquals(403, wrong.status());

        PageClient otherSession = PageClient.signedInEditor(base);
        Reply othersForm = otherSession.get("movies/new");
        Reply foreign = client.post("movies", List.of(Map.entry("_csrf", othersForm.value("input[name=_csrf]")),
                Map.entry("title", "Forged")));
        assertEquals(403, foreign.status());
        assertEquals(3, movies.count());
    }

    @Test
    void aFormBodyThatIsNotUrlEncodingOrHoldsANulGetsA400PageAndSavesNothing() {
        String token = client.get("movies/new").value("input[name=_csrf]");
        for (String body : List.of("title=probe%zz&releaseDate=2020-01-01", "title=probe%00&releaseDate=2020-01-01",
                "title=probe%C3%28")) {
            Reply bad = client.postBody("movies", body + "&_csrf=" + token);
            assertEquals(400, bad.status(), body);
            assertTrue(bad.contentType().startsWith("text/html"), body);
            assertTrue(bad.body().contains("The form"), bad.body());
            assertFalse(bad.body().contains("Exception"), body);
        }
        assertEquals(3, movies.count());
    }

    @Test
    void aFormThatSendsAFieldTwiceOrABodyThatIsNoFormIsRefusedAndSavesNothing() {
        String token = client.get("movies/new").value("input[name=_csrf]");
        Reply twice = client.postBody("movies", "_csrf=" + token + "&title=Probe&releaseDate=2020-01-01&title=");
        assertEquals(400, twice.status());
        assertTrue(twice.body().contains("more than once"), twice.body());

        Reply json = client.postBody("movies", "application/json", "{\"_csrf\":\"" + token + "\",\"title\":\"Probe\"}");
        assertEquals(415, json.status());
        assertTrue(json.contentType().startsWith("text/html"));
        assertTrue(json.body().contains("The pages take forms"), json.body());
        assertEquals(3, movies.count());
    }

    @Test
    void aFormLargerThanOneMebibyteGetsA413PageAndSavesNothing() {
        String token = client.get("movies/new").value("input[name=_csrf]");
        Reply huge = client.postBody("movies", "_csrf=" + token + "&title=" + "x".repeat(1024 * 1024));
        assertEquals(413, huge.status());
        assertEquals("Request too large", huge.text("h1"));
        assertEquals(3, movies.count());
    }

    @Test
    void aCastOfMoreThanFiveHundredActorsIsRefusedNextToTheField() {
        Reply form = client.get("movies/new");
        Reply refused = client.submit(form, "form.record-form", f -> {
            f.set("title", "Crowd scene");
            for (int id = 1; id <= Movie.CAST_MAX + 1; id++) {
                f.add("cast", String.valueOf(id));
            }
        });
        assertEquals(400, refused.status());
        assertTrue(refused.fieldError("cast").contains(String.valueOf(Movie.CAST_MAX)), refused.fieldError("cast"));
        assertEquals(3, movies.count());
    }

    @Test
    void userTextIsEscapedOnEveryPage() {
        String script = "<script>alert(1)</script>";
        Reply saved = client.submit(client.get("movies/new"), "form.record-form", f -> f.set("title", script));
        Reply shown = client.follow(saved);
        assertEquals(script, shown.text("h1"));
        assertTrue(shown.doc().select("script").isEmpty());
        assertTrue(shown.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        Reply list = client.get("movies");
        assertTrue(list.doc().select("script").isEmpty());
        assertTrue(titles(list).contains(script));
        assertTrue(shown.flash().contains(script));
    }

    // --- statement counts ---------------------------------------------------------------------

    /** Runs one GET of {@code path} and returns how many SQL statements the page issued. */
    private long statements(String path) {
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        Reply reply = client.get(path);
        assertEquals(200, reply.status(), path);
        return statistics.getPrepareStatementCount();
    }

    @Test
    void everyPageIssuesAConstantNumberOfStatementsWhateverThePageOrRecordSize() {
        fixture.addMoviesWithCasts(25);
        LocalDate date = LocalDate.of(2020, 2, 2);
        Set<Long> twenty = Set.copyOf(movies.search(MovieSearch.all(), new PageRequest(1, 10)).items().stream()
                .flatMap(m -> m.getActors().stream()).map(Actor::getId).toList());
        long bigCast = movies.create(new MovieDraft("Big Cast", date, twenty)).getId();
        long smallCast = movieId("The Bourne Identity");
        long busy = actorId("Dwayne Johnson");
        for (int i = 0; i < 10; i++) {
            actors.addContact(busy, "555 01" + i, "Street " + i + ", Glendale");
            movies.addToCast(movieId(String.format("Bulk Movie %03d", i + 1)), busy);
        }
        long idle = actors.create(new ActorDraft("Idle Actor", null)).getId();
        long busyContact = actors.getProfile(busy).getContactDetails().get(0).getId();
        long idleContact = actors.addContact(idle, "1", "Nowhere").getId();
        actors.saveStuntman(idle, null, "Idle Double", false);
        assertEquals(20, UiTests.titles(client.get("movies?size=20")).size());
        assertEquals(20, UiTests.names(client.get("actors?size=20")).size());

        Map<String, long[]> counts = new LinkedHashMap<>();
        counts.put("/", new long[] {statements(""), statements("")});
        counts.put("/movies", new long[] {statements("movies?size=2"), statements("movies?size=20")});
        counts.put("/movies?actor=&releasedAfter=&q=", new long[] {
                statements("movies?size=2&q=bulk&releasedAfter=1999-01-01&actor=" + busy),
                statements("movies?size=20&q=bulk&releasedAfter=1999-01-01&actor=" + busy)});
        counts.put("/movies/{id}", new long[] {statements("movies/" + smallCast), statements("movies/" + bigCast)});
        counts.put("/movies/new", new long[] {statements("movies/new"), statements("movies/new")});
        counts.put("/movies/{id}/edit", new long[] {statements("movies/" + smallCast + "/edit"),
                statements("movies/" + bigCast + "/edit")});
        counts.put("/movies/{id}/delete", new long[] {statements("movies/" + smallCast + "/delete"),
                statements("movies/" + bigCast + "/delete")});
        counts.put("/actors", new long[] {statements("actors?size=2"), statements("actors?size=20")});
        counts.put("/actors?city=", new long[] {statements("actors?size=2&city=glendale"),
                statements("actors?size=20&city=glendale")});
        counts.put("/actors/{id}", new long[] {statements("actors/" + idle), statements("actors/" + busy)});
        counts.put("/actors/new", new long[] {statements("actors/new"), statements("actors/new")});
        counts.put("/actors/{id}/edit", new long[] {statements("actors/" + idle + "/edit"),
                statements("actors/" + busy + "/edit")});
        counts.put("/actors/{id}/delete", new long[] {statements("actors/" + idle + "/delete"),
                statements("actors/" + busy + "/delete")});
        counts.put("/actors/{id}/contacts/{id}/edit", new long[] {
                statements("actors/" + idle + "/contacts/" + idleContact + "/edit"),
                statements("actors/" + busy + "/contacts/" + busyContact + "/edit")});
        counts.put("/actors/{id}/contacts/{id}/delete", new long[] {
                statements("actors/" + idle + "/contacts/" + idleContact + "/delete"),
                statements("actors/" + busy + "/contacts/" + busyContact + "/delete")});
        counts.put("/actors/{id}/stuntman/delete", new long[] {statements("actors/" + idle + "/stuntman/delete"),
                statements("actors/" + busy + "/stuntman/delete")});

        StringBuilder report = new StringBuilder("SQL statements per page (small, large):");
        counts.forEach((page, n) -> report.append(String.format("%n  %-36s %d, %d", page, n[0], n[1])));
        Logger.getLogger(MoviePagesIT.class.getName()).info(report::toString);
        counts.forEach((page, n) -> assertEquals(n[0], n[1], () -> page + " grows with the data: " + report));

        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("/", 4L); // count movies, count actors, the example actor of the third query and its stuntman
        expected.put("/movies", 3L); // count, page ids, movies with casts and stuntmen
        expected.put("/movies?actor=&releasedAfter=&q=", 3L); // the actor's name comes with the casts
        expected.put("/movies/{id}", 1L); // the movie with cast and stuntmen
        expected.put("/movies/new", 3L); // the cast picker's actor search
        expected.put("/movies/{id}/edit", 5L); // movie, names of its cast, the cast picker's search
        expected.put("/movies/{id}/delete", 1L);
        expected.put("/actors", 3L); // count, page ids with movie counts, actors with contacts and stuntmen
        expected.put("/actors?city=", 3L);
        expected.put("/actors/{id}", 2L); // actor with contacts and stuntman, then its filmography
        expected.put("/actors/new", 0L);
        expected.put("/actors/{id}/edit", 2L);
        expected.put("/actors/{id}/delete", 2L);
        expected.put("/actors/{id}/contacts/{id}/edit", 2L);
        expected.put("/actors/{id}/contacts/{id}/delete", 2L);
        expected.put("/actors/{id}/stuntman/delete", 2L);
        expected.forEach((page, n) -> assertEquals(n, counts.get(page)[0], () -> page + ": " + report));
    }
}
