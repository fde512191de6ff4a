package app.marquee.it;

import static app.marquee.it.UiTests.href;
import static app.marquee.it.UiTests.names;
import static app.marquee.it.UiTests.titles;
import static org.assertj.core.api.Assertions.assertThat;

import app.marquee.actor.ActorDraft;
import app.marquee.actor.ActorRepository;
import app.marquee.catalog.Actor;
import app.marquee.catalog.Movie;
import app.marquee.it.PageClient.Reply;
import app.marquee.movie.MovieDraft;
import app.marquee.movie.MovieRepository;
import app.marquee.movie.MovieSearch;
import app.marquee.movie.MovieSort;
import app.marquee.movie.MovieSummary;
import app.marquee.paging.PageRequest;
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
                .items()
                .get(0)
                .id();
    }

    // --- home ---------------------------------------------------------------------------------

    @Test
    void homeShowsTheCountsAndTheTutorialsFourQueriesGiveTheSpecAnswers() {
        Reply home = client.get("");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.text("#movie-count")).isEqualTo("3");
        assertThat(home.text("#actor-count")).isEqualTo("3");

        Reply all = client.get(href(home, "#query-all-movies"));
        assertThat(titles(all)).isEqualTo(List.of("Furious 7", "Pain & Gain", "The Bourne Identity"));
        assertThat(all.texts("table.listing tbody td[data-label=Released]"))
                .isEqualTo(List.of("2015-04-02", "2013-08-23", "2002-10-11"));
        assertThat(titles(client.get(href(home, "#query-released-after")))).isEqualTo(List.of("Furious 7"));
        assertThat(titles(client.get(href(home, "#query-starring")))).isEqualTo(List.of("Pain & Gain", "Furious 7"));
        assertThat(names(client.get(href(home, "#query-city")))).isEqualTo(List.of("Dwayne Johnson", "Mark Wahlberg"));
    }

    @Test
    void homeSearchBoxSearchesMovieTitlesOrActorNames() {
        Reply home = client.get("");
        var form = home.doc().selectFirst("form.search");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.absUrl("action")).as(form.absUrl("action")).endsWith("/movies");
        assertThat(form.selectFirst("button[formaction]").absUrl("formaction")).endsWith("/actors");
        assertThat(form.selectFirst("label").attr("for")).isEqualTo("home-q");

        assertThat(titles(client.get(form.absUrl("action") + "?q=bourne"))).isEqualTo(List.of("The Bourne Identity"));
        assertThat(names(client.get("actors?q=ma"))).isEqualTo(List.of("Mark Wahlberg", "Matt Damon"));
    }

    // --- movie listing ------------------------------------------------------------------------

    @Test
    void movieListShowsTitlesReleaseDatesAndCastsWithLinks() {
        Reply list = client.get("movies");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.text(".summary")).isEqualTo("Showing 1–3 of 3");
        var painAndGain = list.doc().selectFirst("tr:has(td[data-label=Title]:contains(Pain & Gain))");
        assertThat(painAndGain.selectFirst("td[data-label=Cast]").text()).isEqualTo("Dwayne Johnson, Mark Wahlberg");
        assertThat(painAndGain.selectFirst("td[data-label=Cast] a").attr("href"))
                .endsWith("/actors/" + actorId("Dwayne Johnson"));
        assertThat(painAndGain.selectFirst("td[data-label=Title] a").attr("href"))
                .endsWith("/movies/" + movieId("Pain & Gain"));
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
        assertThat(list.texts("table.listing tbody td[data-label=Cast]"))
                .isEqualTo(List.of("Adam Interleave, Zed Interleave", "Mia Interleave"));
    }

    @Test
    void movieFiltersCombineAreShownAndEachCanBeRemoved() {
        Reply both = client.get("movies?q=I&releasedAfter=2010-01-01");
        assertThat(titles(both)).isEqualTo(List.of("Furious 7", "Pain & Gain"));
        assertThat(both.texts(".chip strong")).isEqualTo(List.of("I", "2010-01-01"));
        assertThat(both.value("#q")).isEqualTo("I");
        assertThat(both.value("#releasedAfter")).isEqualTo("2010-01-01");

        Reply titleOnly = client.get(href(both, ".chip:contains(Released after) a.chip-remove"));
        assertThat(titles(titleOnly)).isEqualTo(List.of("Furious 7", "Pain & Gain", "The Bourne Identity"));
        assertThat(titleOnly.texts(".chip strong")).isEqualTo(List.of("I"));

        Reply dateOnly = client.get(href(both, ".chip:contains(Title contains) a.chip-remove"));
        assertThat(titles(dateOnly)).isEqualTo(List.of("Furious 7", "Pain & Gain"));
        assertThat(dateOnly.texts(".chip strong")).isEqualTo(List.of("2010-01-01"));
    }

    @Test
    void movieListByActorNamesTheActorInItsFilter() {
        Reply starring = client.get("movies?actor=" + actorId("Dwayne Johnson") + "&sort=releaseDate");
        assertThat(titles(starring)).isEqualTo(List.of("Pain & Gain", "Furious 7"));
        assertThat(starring.texts(".chip strong")).isEqualTo(List.of("Dwayne Johnson"));
        assertThat(starring.value("form.filters input[name=actor]"))
                .isEqualTo(String.valueOf(actorId("Dwayne Johnson")));
    }

    @Test
    void movieListPagesAndSortsAndEveryLinkKeepsTheListingsParameters() {
        fixture.addMoviesWithCasts(25);
        Reply first = client.get("movies?size=10&sort=-releaseDate");
        assertThat(first.text(".summary")).isEqualTo("Showing 1–10 of 28");
        assertThat(titles(first).subList(0, 4))
                .isEqualTo(List.of("Furious 7", "Pain & Gain", "The Bourne Identity", "Bulk Movie 025"));
        assertThat(first.value("#size option[selected]")).isEqualTo("10");
        assertThat(first.doc().selectFirst("th:contains(Released)").attr("aria-sort"))
                .isEqualTo("descending");

        Reply second = client.get(href(first, "a[rel=next]"));
        assertThat(second.uri().getQuery()).as(second.uri().toString()).contains("page=2");
        assertThat(second.text(".summary")).isEqualTo("Showing 11–20 of 28");
        assertThat(titles(second).get(0)).isEqualTo("Bulk Movie 018");
        assertThat(second.text(".pagination [aria-current=page]")).isEqualTo("2");

        Reply third = client.get(href(second, "a[rel=next]"));
        assertThat(third.text(".summary")).isEqualTo("Showing 21–28 of 28");
        assertThat(third.doc().selectFirst("a[rel=next]")).isNull();
        assertThat(client.get(href(third, "a[rel=prev]")).text(".summary")).isEqualTo("Showing 11–20 of 28");

        Reply byTitle = client.get(href(first, "th:contains(Title) a"));
        assertThat(byTitle.doc().selectFirst("th:contains(Title)").attr("aria-sort"))
                .isEqualTo("ascending");
        assertThat(titles(byTitle).get(0)).isEqualTo("Bulk Movie 001");
        assertThat(titles(byTitle).size()).isEqualTo(10);
        Reply byTitleDescending = client.get(href(byTitle, "th:contains(Title) a"));
        assertThat(titles(byTitleDescending).get(0)).isEqualTo("The Bourne Identity");
    }

    @Test
    void malformedListParametersAreIgnoredAndSaidSo() {
        Reply list = client.get("movies?page=abc&size=lots&sort=sideways&releasedAfter=2015-13-01&actor=someone");
        assertThat(list.status()).isEqualTo(200);
        assertThat(titles(list)).isEqualTo(List.of("Furious 7", "Pain & Gain", "The Bourne Identity"));
        String notices = list.text(".notices");
        assertThat(notices).as(notices).contains("2015-13-01", "someone");
        assertThat(list.doc().select(".chip")).isEmpty();
    }

    @Test
    void aPagePastTheEndSaysSoAndLinksBack() {
        Reply past = client.get("movies?page=99");
        assertThat(past.status()).isEqualTo(200);
        assertThat(past.text(".empty")).as(past.text(".empty")).contains("There is no page 99");
        assertThat(titles(client.get(href(past, ".empty a"))).size()).isEqualTo(3);
    }

    @Test
    void emptyListingsSayWhyTheyAreEmpty() {
        assertThat(client.get("movies?q=zzz").text(".empty")).startsWith("No movies match these filters");
        assertThat(client.get("actors?city=atlantis").text(".empty")).startsWith("No actors match these filters");
        fixture.deleteAll();
        assertThat(client.get("movies").text(".empty")).startsWith("No movies yet");
        assertThat(client.get("actors").text(".empty")).startsWith("No actors yet");
        assertThat(client.get("").text("#movie-count")).isEqualTo("0");
    }

    // --- movie page and errors ----------------------------------------------------------------

    @Test
    void moviePageShowsTheCastWithStuntmenAndLinksToEditAndDelete() {
        long id = movieId("Pain & Gain");
        Reply page = client.get("movies/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text("h1")).isEqualTo("Pain & Gain");
        assertThat(page.text(".facts time")).isEqualTo("2013-08-23");
        assertThat(page.texts("#cast td[data-label=Actor]")).isEqualTo(List.of("Dwayne Johnson", "Mark Wahlberg"));
        assertThat(page.texts("#cast td[data-label=Stuntman]")).isEqualTo(List.of("John Roe", "Richard Roe"));
        assertThat(href(page, "a:contains(Edit movie)")).endsWith("/movies/" + id + "/edit");
        assertThat(href(page, "a:contains(Delete movie)")).endsWith("/movies/" + id + "/delete");
    }

    @Test
    void unknownIdsGiveAFriendly404AndMalformedIdsA400() {
        Reply missing = client.get("movies/987654321");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text("h1")).isEqualTo("Movie not found");
        assertThat(missing.contentType()).startsWith("text/html");
        assertThat(client.get("movies/987654321/edit").status()).isEqualTo(404);
        assertThat(client.get("actors/987654321").status()).isEqualTo(404);
        assertThat(client.get("no/such/page").status()).isEqualTo(404);
        assertThat(client.get("no/such/page").text("h1")).isEqualTo("Not Found");

        for (String malformed : List.of(
                "movies/abc",
                "movies/-1",
                "movies/1.5/edit",
                "actors/99999999999999999999",
                "actors/x/contacts/1/edit",
                "actors/1/contacts/x/edit")) {
            Reply bad = client.get(malformed);
            assertThat(bad.status()).as(malformed).isEqualTo(400);
            assertThat(bad.body()).as(malformed).doesNotContain("Exception");
        }
    }

    // --- movie form ---------------------------------------------------------------------------

    @Test
    void creatingAMovieWithTwoActorsRedirectsToItWithAFlashMessageShownOnce() {
        Reply form = client.get("movies/new");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.doc().selectFirst("label[for=title]")).isNotNull();
        String matt = String.valueOf(actorId("Matt Damon"));
        String mark = String.valueOf(actorId("Mark Wahlberg"));

        Reply posted = client.submit(
                form,
                "form.record-form",
                f -> f.set("title", " Heat ")
                        .set("releaseDate", "1995-12-15")
                        .add("cast", matt)
                        .add("cast", mark));
        assertThat(posted.status()).isEqualTo(303);
        long id = movieId("Heat");
        assertThat(posted.redirectPath(client.resolve(""))).isEqualTo("/movies/" + id);

        Reply shown = client.follow(posted);
        assertThat(shown.flash()).isEqualTo("Movie “Heat” saved.");
        assertThat(shown.text(".facts time")).isEqualTo("1995-12-15");
        assertThat(shown.texts("#cast td[data-label=Actor]")).isEqualTo(List.of("Mark Wahlberg", "Matt Damon"));
        assertThat(client.get(shown.uri().toString()).flash())
                .as("a reload shows no flash message")
                .isNull();
    }

    @Test
    void anInvalidMovieFormIsShownAgainWithMessagesBesideTheFieldsAndTheInputKept() {
        Reply form = client.get("movies/new");
        String matt = String.valueOf(actorId("Matt Damon"));

        Reply bad = client.submit(
                form,
                "form.record-form",
                f -> f.set("title", "   ").set("releaseDate", "1995-02-30").add("cast", matt));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.fieldError("title")).isEqualTo("Title is required.");
        assertThat(bad.fieldError("releaseDate")).isEqualTo("There is no such date as 1995-02-30.");
        assertThat(bad.value("#releaseDate")).isEqualTo("1995-02-30");
        assertThat(bad.doc().selectFirst("#title").attr("aria-invalid")).isEqualTo("true");
        assertThat(bad.doc().selectFirst("#cast-" + matt).hasAttr("checked"))
                .as("the chosen actor stays chosen")
                .isTrue();
        assertThat(bad.doc().selectFirst("#error-summary")).isNotNull();

        Reply tooLong = client.submit(
                bad, "form.record-form", f -> f.set("title", "T".repeat(201)).set("releaseDate", "15/12/1995"));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.fieldError("title")).isEqualTo("Title must be at most 200 characters.");
        assertThat(tooLong.value("#title")).isEqualTo("T".repeat(201));
        assertThat(tooLong.fieldError("releaseDate")).isEqualTo("Enter a date as YYYY-MM-DD, for example 2015-04-02.");
        assertThat(movies.count()).isEqualTo(3);
    }

    @Test
    void aMovieWithTheSameTitleAndReleaseDateAsAnotherIsRefused() {
        Reply bad = client.submit(
                client.get("movies/new"),
                "form.record-form",
                f -> f.set("title", "furious 7").set("releaseDate", "2015-04-02"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.fieldError("title")).as(bad.fieldError("title")).contains("already in the catalogue");
        assertThat(movies.count()).isEqualTo(3);
    }

    @Test
    void theCastPickerFindsActorsByNameWithoutSavingAndAddsTheTickedOnes() {
        fixture.addMoviesWithCasts(8);
        Reply form = client.get("movies/new");
        assertThat(form.doc().select("#cast-candidates input[type=checkbox]").size())
                .isEqualTo(10);
        assertThat(form.text(".cast-picker")).contains("Showing the first 10 of 19 matching actors");

        Reply found = client.submit(
                form,
                "form.record-form",
                f -> f.set("title", "Ted").set("castSearch", "WAHL").set("_action", "findActors"));
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.texts("#cast-candidates label")).isEqualTo(List.of("Mark Wahlberg"));
        assertThat(found.value("#title")).isEqualTo("Ted");
        assertThat(movies.count()).as("finding actors saves nothing").isEqualTo(11);

        String mark = String.valueOf(actorId("Mark Wahlberg"));
        Reply saved = client.submit(found, "form.record-form", f -> f.add("cast", mark));
        assertThat(saved.status()).isEqualTo(303);
        assertThat(client.follow(saved).texts("#cast td[data-label=Actor]")).isEqualTo(List.of("Mark Wahlberg"));
    }

    @Test
    void editingAMovieChangesItsFieldsAndCast() {
        long id = movieId("Furious 7");
        String dwayne = String.valueOf(actorId("Dwayne Johnson"));
        String matt = String.valueOf(actorId("Matt Damon"));
        Reply form = client.get("movies/" + id + "/edit");
        assertThat(form.value("#title")).isEqualTo("Furious 7");
        assertThat(form.value("#releaseDate")).isEqualTo("2015-04-02");
        assertThat(form.doc().selectFirst("#cast-" + dwayne).hasAttr("checked")).isTrue();

        Reply saved = client.submit(
                form,
                "form.record-form",
                f -> f.set("title", "Furious Seven")
                        .set("releaseDate", "")
                        .remove("cast", dwayne)
                        .add("cast", matt));
        assertThat(saved.status()).isEqualTo(303);
        Reply shown = client.follow(saved);
        assertThat(shown.flash()).isEqualTo("Movie “Furious Seven” saved.");
        assertThat(shown.texts("#cast td[data-label=Actor]")).isEqualTo(List.of("Matt Damon"));
        Movie stored = movies.getWithCast(id);
        assertThat(stored.getReleaseDate()).isNull();
        assertThat(stored.getActors().stream().map(Actor::getName).toList()).isEqualTo(List.of("Matt Damon"));
    }

    @Test
    void aStaleMovieEditShowsAConflictWithTheCurrentValuesAndOverwritesNothing() {
        long id = movieId("Furious 7");
        Reply mine = client.get("movies/" + id + "/edit");
        Movie theirs = movies.getWithCast(id);
        movies.update(
                id,
                theirs.getVersion(),
                new MovieDraft("Furious Seven", theirs.getReleaseDate(), Set.of(actorId("Dwayne Johnson"))));

        Reply conflict = client.submit(mine, "form.record-form", f -> f.set("title", "Fast & Furious 7"));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.text("#conflict")).contains("Someone else saved this movie");
        assertThat(conflict.text("#conflict .submitted")).contains("Fast & Furious 7");
        assertThat(conflict.value("#title"))
                .as("the form shows the current values")
                .isEqualTo("Furious Seven");
        assertThat(movies.getWithCast(id).getTitle()).isEqualTo("Furious Seven");

        Reply retried = client.submit(conflict, "form.record-form", f -> f.set("title", "Fast & Furious 7"));
        assertThat(retried.status()).isEqualTo(303);
        assertThat(movies.getWithCast(id).getTitle()).isEqualTo("Fast & Furious 7");
    }

    @Test
    void deletingAMovieTakesAConfirmationStepAndKeepsItsActors() {
        long id = movieId("Pain & Gain");
        Reply confirm = client.get(href(client.get("movies/" + id), "a:contains(Delete movie)"));
        assertThat(confirm.status()).isEqualTo(200);
        assertThat(confirm.text("h1")).contains("Pain & Gain");
        assertThat(movies.exists(id))
                .as("asking for confirmation deletes nothing")
                .isTrue();

        Reply deleted = client.submit(confirm, "form.actions", f -> {});
        assertThat(deleted.status()).isEqualTo(303);
        Reply list = client.follow(deleted);
        assertThat(list.flash()).isEqualTo("Movie “Pain & Gain” deleted.");
        assertThat(titles(list)).isEqualTo(List.of("Furious 7", "The Bourne Identity"));
        assertThat(movies.exists(id)).isFalse();
        assertThat(actors.count()).isEqualTo(3);
        assertThat(client.submit(confirm, "form.actions", f -> {}).status()).isEqualTo(404);
    }

    @Test
    void deletingAMovieChangedSinceTheConfirmationPageKeepsItAndShowsItAgain() {
        long id = movieId("Pain & Gain");
        Reply confirm = client.get("movies/" + id + "/delete");
        Movie theirs = movies.getWithCast(id);
        movies.update(id, theirs.getVersion(), new MovieDraft("Pain and Gain", theirs.getReleaseDate(), Set.of()));

        Reply refused = client.submit(confirm, "form.actions", f -> {});
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("#conflict")).as(refused.text("#conflict")).contains("Nothing was deleted");
        assertThat(refused.text("h1"))
                .as("the page shows the movie as it is now")
                .contains("Pain and Gain");
        assertThat(movies.exists(id)).isTrue();

        assertThat(client.submit(refused, "form.actions", f -> {}).status()).isEqualTo(303);
        assertThat(movies.exists(id)).isFalse();
    }

    // --- security -----------------------------------------------------------------------------

    @Test
    void aPostWithoutTheSessionsCsrfTokenIsRefusedWithAFriendly403() {
        Reply form = client.get("movies/new");
        assertThat(form.value("input[name=_csrf]")).isNotNull();

        Reply missing = client.post("movies", List.of(Map.entry("title", "Forged")));
        assertThat(missing.status()).isEqualTo(403);
        assertThat(missing.text("h1")).isEqualTo("Form expired");

        Reply wrong = client.submit(
                form, "form.record-form", f -> f.set("title", "Forged").set("_csrf", "guess"));
        assertThat(wrong.status()).isEqualTo(403);

        PageClient otherSession = PageClient.signedInEditor(base);
        Reply othersForm = otherSession.get("movies/new");
        Reply foreign = client.post(
                "movies",
                List.of(Map.entry("_csrf", othersForm.value("input[name=_csrf]")), Map.entry("title", "Forged")));
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(movies.count()).isEqualTo(3);
    }

    @Test
    void aFormBodyThatIsNotUrlEncodingOrHoldsANulGetsA400PageAndSavesNothing() {
        String token = client.get("movies/new").value("input[name=_csrf]");
        for (String body : List.of(
                "title=probe%zz&releaseDate=2020-01-01",
                "title=probe%00&releaseDate=2020-01-01", "title=probe%C3%28")) {
            Reply bad = client.postBody("movies", body + "&_csrf=" + token);
            assertThat(bad.status()).as(body).isEqualTo(400);
            assertThat(bad.contentType()).as(body).startsWith("text/html");
            assertThat(bad.body()).as(bad.body()).contains("The form");
            assertThat(bad.body()).as(body).doesNotContain("Exception");
        }
        assertThat(movies.count()).isEqualTo(3);
    }

    @Test
    void aFormThatSendsAFieldTwiceOrABodyThatIsNoFormIsRefusedAndSavesNothing() {
        String token = client.get("movies/new").value("input[name=_csrf]");
        Reply twice = client.postBody("movies", "_csrf=" + token + "&title=Probe&releaseDate=2020-01-01&title=");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.body()).as(twice.body()).contains("more than once");

        Reply json = client.postBody("movies", "application/json", "{\"_csrf\":\"" + token + "\",\"title\":\"Probe\"}");
        assertThat(json.status()).isEqualTo(415);
        assertThat(json.contentType()).startsWith("text/html");
        assertThat(json.body()).as(json.body()).contains("The pages take forms");
        assertThat(movies.count()).isEqualTo(3);
    }

    @Test
    void aFormLargerThanOneMebibyteGetsA413PageAndSavesNothing() {
        String token = client.get("movies/new").value("input[name=_csrf]");
        Reply huge = client.postBody("movies", "_csrf=" + token + "&title=" + "x".repeat(1024 * 1024));
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.text("h1")).isEqualTo("Request too large");
        assertThat(movies.count()).isEqualTo(3);
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
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.fieldError("cast")).as(refused.fieldError("cast")).contains(String.valueOf(Movie.CAST_MAX));
        assertThat(movies.count()).isEqualTo(3);
    }

    @Test
    void userTextIsEscapedOnEveryPage() {
        String script = "<script>alert(1)</script>";
        Reply saved = client.submit(client.get("movies/new"), "form.record-form", f -> f.set("title", script));
        Reply shown = client.follow(saved);
        assertThat(shown.text("h1")).isEqualTo(script);
        assertThat(shown.doc().select("script")).isEmpty();
        assertThat(shown.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        Reply list = client.get("movies");
        assertThat(list.doc().select("script")).isEmpty();
        assertThat(titles(list)).contains(script);
        assertThat(shown.flash()).contains(script);
    }

    // --- statement counts ---------------------------------------------------------------------

    /** Runs one GET of {@code path} and returns how many SQL statements the page issued. */
    private long statements(String path) {
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        Reply reply = client.get(path);
        assertThat(reply.status()).as(path).isEqualTo(200);
        return statistics.getPrepareStatementCount();
    }

    @Test
    void everyPageIssuesAConstantNumberOfStatementsWhateverThePageOrRecordSize() {
        fixture.addMoviesWithCasts(25);
        LocalDate date = LocalDate.of(2020, 2, 2);
        Set<Long> twenty = Set.copyOf(movies.search(MovieSearch.all(), new PageRequest(1, 10)).items().stream()
                .flatMap(m -> m.cast().stream())
                .map(MovieSummary.CastMember::id)
                .toList());
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
        assertThat(UiTests.titles(client.get("movies?size=20")).size()).isEqualTo(20);
        assertThat(UiTests.names(client.get("actors?size=20")).size()).isEqualTo(20);

        Map<String, long[]> counts = new LinkedHashMap<>();
        counts.put("/", new long[] {statements(""), statements("")});
        counts.put("/movies", new long[] {statements("movies?size=2"), statements("movies?size=20")});
        counts.put("/movies?actor=&releasedAfter=&q=", new long[] {
            statements("movies?size=2&q=bulk&releasedAfter=1999-01-01&actor=" + busy),
            statements("movies?size=20&q=bulk&releasedAfter=1999-01-01&actor=" + busy)
        });
        counts.put("/movies/{id}", new long[] {statements("movies/" + smallCast), statements("movies/" + bigCast)});
        counts.put("/movies/new", new long[] {statements("movies/new"), statements("movies/new")});
        counts.put(
                "/movies/{id}/edit",
                new long[] {statements("movies/" + smallCast + "/edit"), statements("movies/" + bigCast + "/edit")});
        counts.put("/movies/{id}/delete", new long[] {
            statements("movies/" + smallCast + "/delete"), statements("movies/" + bigCast + "/delete")
        });
        counts.put("/actors", new long[] {statements("actors?size=2"), statements("actors?size=20")});
        counts.put(
                "/actors?city=",
                new long[] {statements("actors?size=2&city=glendale"), statements("actors?size=20&city=glendale")});
        counts.put("/actors/{id}", new long[] {statements("actors/" + idle), statements("actors/" + busy)});
        counts.put("/actors/new", new long[] {statements("actors/new"), statements("actors/new")});
        counts.put(
                "/actors/{id}/edit",
                new long[] {statements("actors/" + idle + "/edit"), statements("actors/" + busy + "/edit")});
        counts.put(
                "/actors/{id}/delete",
                new long[] {statements("actors/" + idle + "/delete"), statements("actors/" + busy + "/delete")});
        counts.put("/actors/{id}/contacts/{id}/edit", new long[] {
            statements("actors/" + idle + "/contacts/" + idleContact + "/edit"),
            statements("actors/" + busy + "/contacts/" + busyContact + "/edit")
        });
        counts.put("/actors/{id}/contacts/{id}/delete", new long[] {
            statements("actors/" + idle + "/contacts/" + idleContact + "/delete"),
            statements("actors/" + busy + "/contacts/" + busyContact + "/delete")
        });
        counts.put("/actors/{id}/stuntman/delete", new long[] {
            statements("actors/" + idle + "/stuntman/delete"), statements("actors/" + busy + "/stuntman/delete")
        });

        StringBuilder report = new StringBuilder("SQL statements per page (small, large):");
        counts.forEach((page, n) -> report.append(String.format("%n  %-36s %d, %d", page, n[0], n[1])));
        Logger.getLogger(MoviePagesIT.class.getName()).info(report::toString);
        counts.forEach((page, n) -> assertThat(n[1])
                .as(() -> page + " grows with the data: " + report)
                .isEqualTo(n[0]));

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
        expected.forEach((page, n) ->
                assertThat(counts.get(page)[0]).as(() -> page + ": " + report).isEqualTo(n));
    }
}
