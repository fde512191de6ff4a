package app.marquee.it;

import static app.marquee.it.ApiClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.marquee.catalog.Movie;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The JSON API's catalogue endpoints from outside the server, with an editor's token: the tutorial's
 * four queries, listing, reading, creating, changing and deleting movies, actors, casts, contacts
 * and stuntmen, optimistic locking (409 and 412), and every kind of bad input answered with a 400,
 * 404 or 415 problem that changes nothing. Each test starts from the sample catalogue.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.marquee(CatalogFixture.class, CatalogSupportServlet.class);
    }

    @ArquillianResource
    URL base;

    ApiClient api;
    String editor;

    @BeforeEach
    void resetCatalogue() {
        api = new ApiClient(base);
        api.resetCatalog();
        editor = TestTokens.editor();
    }

    // --- The tutorial's queries (docs/tutorial.md §4) ---

    @Test
    void tutorialQueryAllMovies() {
        Json page = api.get("api/movies").assertStatus(200).json();
        assertThat(page.each("items"))
                .extracting(m -> m.string("title"), m -> m.string("releaseDate"))
                .containsExactlyInAnyOrder(
                        tuple("The Bourne Identity", "2002-10-11"),
                        tuple("Furious 7", "2015-04-02"),
                        tuple("Pain & Gain", "2013-08-23"));
        assertThat(page.integer("total")).isEqualTo(3);
    }

    @Test
    void tutorialQueryMoviesReleasedAfter2015() {
        assertThat(titles(api.get("api/movies?releasedAfter=2015-01-01"))).containsExactly("Furious 7");
    }

    @Test
    void tutorialQueryMoviesDwayneJohnsonStarredIn() {
        ApiReply found = api.get("api/actors?q=Dwayne%20Johnson");
        assertThat(names(found)).containsExactly("Dwayne Johnson");
        long dwayne = found.json().longValue("items[0].id");
        assertThat(titles(api.get("api/movies?actor=" + dwayne + "&sort=releaseDate")))
                .containsExactly("Pain & Gain", "Furious 7");
        assertThat(api.get("api/actors/" + dwayne).json().list("movies.title"))
                .containsExactly("Pain & Gain", "Furious 7");
    }

    @Test
    void tutorialQueryActorsWithAGlendaleAddressEachListedOnce() {
        assertThat(names(api.get("api/actors?city=glendale"))).containsExactly("Dwayne Johnson", "Mark Wahlberg");

        long dwayne = api.actorId("Dwayne Johnson");
        editorRequest()
                .body("{\"phoneNumber\":\"555 0100\",\"address\":\"12 Brand Blvd, GLENDALE, CA\"}")
                .post("api/actors/" + dwayne + "/contacts")
                .assertStatus(201);

        ApiReply again = api.get("api/actors?city=Glendale");
        assertThat(names(again)).containsExactly("Dwayne Johnson", "Mark Wahlberg");
        assertThat(again.json().integer("total")).isEqualTo(2);
    }

    // --- Listings ---

    @Test
    void listsMoviesSortedAndPagedWithThePagingFacts() {
        ApiReply first = api.get("api/movies?sort=-releaseDate&size=2");
        assertThat(titles(first)).containsExactly("Furious 7", "Pain & Gain");
        assertThat(first.json().map(""))
                .containsEntry("page", 1)
                .containsEntry("size", 2)
                .containsEntry("total", 3)
                .containsEntry("totalPages", 2);
        assertThat(titles(api.get("api/movies?sort=-releaseDate&size=2&page=2")))
                .containsExactly("The Bourne Identity");
        assertThat(titles(api.get("api/movies?sort=-title&q=the"))).containsExactly("The Bourne Identity");
        assertThat(titles(api.get("api/movies?page=9"))).isEmpty();
    }

    @Test
    void listsActorsWithContactsStuntmanAndMovieCount() {
        Json page = api.get("api/actors?sort=-birthday").assertStatus(200).json();
        assertThat(page.list("items.name")).containsExactly("Dwayne Johnson", "Mark Wahlberg", "Matt Damon");
        assertThat(page.string("items[0].birthday")).isEqualTo("1972-05-02");
        assertThat(page.list("items[0].contacts.address")).containsExactly("Glendale, CA", "West Hollywood, CA");
        assertThat(page.string("items[0].stuntman.name")).isEqualTo("John Roe");
        assertThat(page.integer("items[0].movieCount")).isEqualTo(2);
        assertThat(names(api.get("api/actors?q=ma&sort=name"))).containsExactly("Mark Wahlberg", "Matt Damon");
    }

    @Test
    void refusesBadListingParametersNamingEachOne() {
        ApiReply response = assertProblem(
                api.get("api/movies?releasedAfter=2015-02-30&actor=dwayne&sort=year" + "&page=0&size=101"), 400);
        assertThat(response.json().list("errors.field"))
                .containsExactlyInAnyOrder("releasedAfter", "actor", "sort", "page", "size");
        assertThat(assertProblem(api.get("api/actors?sort=age&size=x"), 400)
                        .json()
                        .list("errors.field"))
                .containsExactlyInAnyOrder("sort", "size");
    }

    // --- Movies ---

    @Test
    void readsAMovieWithItsCastAndVersionAsETag() {
        long pain = api.movieId("Pain & Gain");
        ApiReply response = api.get("api/movies/" + pain);
        response.assertStatus(200).assertHeader("ETag", "\"0\"");
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.json().map(""))
                .containsEntry("id", (int) pain)
                .containsEntry("version", 0)
                .containsEntry("title", "Pain & Gain")
                .containsEntry("releaseDate", "2013-08-23");
        assertThat(response.json().list("cast.name")).containsExactly("Dwayne Johnson", "Mark Wahlberg");
    }

    @Test
    void createsAMovieWithItsCastAt201WithLocation() {
        long matt = api.actorId("Matt Damon");
        ApiReply created = editorRequest()
                .body("{\"title\":\"  The Departed \",\"releaseDate\":\"2006-10-06\"," + "\"castIds\":[" + matt + "]}")
                .post("api/movies");
        created.assertStatus(201).assertHeader("ETag", "\"0\"");
        String location = api.resolve(created.header("Location"));
        assertThat(location).matches(".*/api/movies/\\d+");
        assertThat(created.json().string("title")).isEqualTo("The Departed");

        ApiReply read = api.anonymous().get(location);
        read.assertStatus(200);
        assertThat(read.json().string("releaseDate")).isEqualTo("2006-10-06");
        assertThat(read.json().list("cast.name")).containsExactly("Matt Damon");
        assertThat(api.get("api/actors/" + matt).json().list("movies.title"))
                .containsExactly("The Bourne Identity", "The Departed");
    }

    @Test
    void createsAMovieWithoutDateOrCastShowingTheDateAsNull() {
        ApiReply created = editorRequest().body("{\"title\":\"Untitled\"}").post("api/movies");
        created.assertStatus(201);
        assertThat(created.json().map("")).containsEntry("releaseDate", null);
        assertThat(created.json().list("cast")).isEmpty();
    }

    @Test
    void updatesAMovieBasedOnItsVersionKeepingTheCastWhenNotGiven() {
        long furious = api.movieId("Furious 7");
        ApiReply updated = editorRequest()
                .body("{\"title\":\"Furious Seven\",\"releaseDate\":\"2015-04-03\"," + "\"version\":0}")
                .put("api/movies/" + furious);
        updated.assertStatus(200).assertHeader("ETag", "\"1\"");
        assertThat(updated.json().integer("version")).isEqualTo(1);
        assertThat(updated.json().list("cast.name")).containsExactly("Dwayne Johnson");

        long mark = api.actorId("Mark Wahlberg");
        ApiReply recast = editorRequest()
                .body("{\"title\":\"Furious Seven\",\"releaseDate\":\"2015-04-03\"," + "\"castIds\":[" + mark
                        + "],\"version\":1}")
                .put("api/movies/" + furious);
        recast.assertStatus(200);
        assertThat(api.get("api/movies/" + furious).json().list("cast.name")).containsExactly("Mark Wahlberg");
    }

    @Test
    void aStaleVersionGets409AndChangesNothing() {
        long furious = api.movieId("Furious 7");
        editorRequest()
                .body("{\"title\":\"Furious Seven\",\"releaseDate\":\"2015-04-02\",\"version\":0}")
                .put("api/movies/" + furious)
                .assertStatus(200);
        String before = api.snapshot();

        ApiReply stale = editorRequest()
                .body("{\"title\":\"Fast Seven\",\"castIds\":[],\"version\":0}")
                .put("api/movies/" + furious);
        assertProblem(stale, 409);
        assertThat(api.snapshot()).isEqualTo(before);
        assertThat(api.get("api/movies/" + furious).json().string("title")).isEqualTo("Furious Seven");

        long matt = api.actorId("Matt Damon");
        ApiReply staleActor =
                editorRequest().body("{\"name\":\"Matthew\",\"version\":7}").put("api/actors/" + matt);
        assertProblem(staleActor, 409);
        assertThat(api.snapshot()).isEqualTo(before);
    }

    @Test
    void ifMatchWithTheCurrentETagUpdatesAndWithAnOldOneGets412() {
        long bourne = api.movieId("The Bourne Identity");
        String etag = api.get("api/movies/" + bourne).header("ETag");
        editorRequest()
                .header("If-Match", etag)
                .body("{\"title\":\"The Bourne Identity (2002)\"," + "\"releaseDate\":\"2002-10-11\"}")
                .put("api/movies/" + bourne)
                .assertStatus(200)
                .assertHeader("ETag", "\"1\"");
        String before = api.snapshot();

        ApiReply stale = editorRequest()
                .header("If-Match", etag)
                .body("{\"title\":\"Bourne\"}")
                .put("api/movies/" + bourne);
        assertProblem(stale, 412);
        assertThat(api.snapshot()).isEqualTo(before);

        long matt = api.actorId("Matt Damon");
        assertProblem(
                editorRequest()
                        .header("If-Match", "\"5\"")
                        .body("{\"name\":\"Matthew\"}")
                        .put("api/actors/" + matt),
                412);
        editorRequest()
                .header("If-Match", "*")
                .body("{\"name\":\"Matthew Damon\",\"birthday\":\"1970-10-08\"}")
                .put("api/actors/" + matt)
                .assertStatus(200)
                .assertHeader("ETag", "\"1\"");
        assertProblem(
                editorRequest()
                        .header("If-Match", "W/\"1\"")
                        .body("{\"name\":\"M\"}")
                        .put("api/actors/" + matt),
                400);
    }

    @Test
    void aStaleContactPutGets409WithABodyVersionAnd412WithIfMatchAndChangesNothing() {
        long dwayne = api.actorId("Dwayne Johnson");
        String contactUrl = api.url("api/actors/" + dwayne + "/contacts/"
                + api.get("api/actors/" + dwayne + "/contacts").json().longValue("[0].id"));
        ApiReply read = api.anonymous().get(contactUrl);
        read.assertStatus(200).assertHeader("ETag", "\"0\"");
        assertThat(read.json().longValue("version")).isZero();
        editorRequest()
                .body("{\"phoneNumber\":\"423 555 0000\",\"address\":\"Pasadena, CA\",\"version\":0}")
                .put(contactUrl)
                .assertStatus(200)
                .assertHeader("ETag", "\"1\"");
        String before = api.snapshot();

        ApiReply stale = editorRequest()
                .body("{\"phoneNumber\":\"1\",\"address\":\"Nowhere\",\"version\":0}")
                .put(contactUrl);
        assertProblem(stale, 409);
        assertThat(api.snapshot()).isEqualTo(before);
        assertProblem(
                editorRequest()
                        .header("If-Match", read.header("ETag"))
                        .body("{\"phoneNumber\":\"1\",\"address\":\"Nowhere\"}")
                        .put(contactUrl),
                412);
        assertThat(api.snapshot()).isEqualTo(before);
        ApiReply current = api.anonymous().get(contactUrl);
        assertThat(current.json().string("address")).isEqualTo("Pasadena, CA");
        assertThat(current.header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void aStaleStuntmanPutGets409WithABodyVersionAnd412WithIfMatchAndChangesNothing() {
        long matt = api.actorId("Matt Damon");
        String stuntmanUrl = api.url("api/actors/" + matt + "/stuntman");
        ApiReply read = api.anonymous().get(stuntmanUrl);
        read.assertStatus(200).assertHeader("ETag", "\"0\"");
        assertThat(read.json().longValue("version")).isZero();
        editorRequest()
                .header("If-Match", read.header("ETag"))
                .body("{\"name\":\"Jonathan Doe\",\"active\":false}")
                .put(stuntmanUrl)
                .assertStatus(200)
                .assertHeader("ETag", "\"1\"");
        String before = api.snapshot();

        assertProblem(
                editorRequest()
                        .body("{\"name\":\"Jim Double\",\"active\":true,\"version\":0}")
                        .put(stuntmanUrl),
                409);
        assertThat(api.snapshot()).isEqualTo(before);
        assertProblem(
                editorRequest()
                        .header("If-Match", read.header("ETag"))
                        .body("{\"name\":\"Jim Double\",\"active\":true}")
                        .put(stuntmanUrl),
                412);
        assertThat(api.snapshot()).isEqualTo(before);
        assertThat(api.get("api/actors/" + matt + "/stuntman").json().string("name"))
                .isEqualTo("Jonathan Doe");
    }

    @Test
    void aContactOrStuntmanPutWithoutAnyVersionIsUnconditional() {
        long matt = api.actorId("Matt Damon");
        String contactUrl = api.url("api/actors/" + matt + "/contacts/"
                + api.get("api/actors/" + matt + "/contacts").json().longValue("[0].id"));
        editorRequest()
                .body("{\"phoneNumber\":\"1\",\"address\":\"Burbank\",\"version\":0}")
                .put(contactUrl)
                .assertStatus(200);
        editorRequest()
                .body("{\"phoneNumber\":\"2\",\"address\":\"Glendale\"}")
                .put(contactUrl)
                .assertStatus(200)
                .assertHeader("ETag", "\"2\"");

        String stuntmanUrl = api.url("api/actors/" + matt + "/stuntman");
        editorRequest()
                .body("{\"name\":\"A\",\"active\":true,\"version\":0}")
                .put(stuntmanUrl)
                .assertStatus(200);
        editorRequest()
                .body("{\"name\":\"B\",\"active\":true}")
                .put(stuntmanUrl)
                .assertStatus(200)
                .assertHeader("ETag", "\"2\"");
        assertThat(api.get("api/actors/" + matt + "/stuntman").json().string("name"))
                .isEqualTo("B");
    }

    @Test
    void anUpdateWithoutAnyVersionIsRefused() {
        long bourne = api.movieId("The Bourne Identity");
        ApiReply response =
                assertProblem(editorRequest().body("{\"title\":\"Bourne\"}").put("api/movies/" + bourne), 400);
        assertThat(response.json().list("errors.field")).containsExactly("version");
        assertThat(api.get("api/movies/" + bourne).json().string("title")).isEqualTo("The Bourne Identity");
    }

    @Test
    void deletesAMovieAndKeepsItsActors() {
        long pain = api.movieId("Pain & Gain");
        editorRequest().delete("api/movies/" + pain).assertStatus(204);
        assertProblem(api.get("api/movies/" + pain), 404);
        assertThat(api.counts())
                .containsEntry("movies", 2)
                .containsEntry("actors", 3)
                .containsEntry("movies_actors", 2);
        assertProblem(editorRequest().delete("api/movies/" + pain), 404);
    }

    @Test
    void castsAndUncastsAnActor() {
        long bourne = api.movieId("The Bourne Identity");
        long mark = api.actorId("Mark Wahlberg");
        ApiReply cast = editorRequest().put("api/movies/" + bourne + "/actors/" + mark);
        cast.assertStatus(200);
        assertThat(cast.json().list("cast.name")).containsExactly("Mark Wahlberg", "Matt Damon");
        editorRequest().put("api/movies/" + bourne + "/actors/" + mark).assertStatus(200);
        assertThat(api.counts()).containsEntry("movies_actors", 5);

        editorRequest().delete("api/movies/" + bourne + "/actors/" + mark).assertStatus(204);
        assertThat(api.get("api/movies/" + bourne).json().list("cast.name")).containsExactly("Matt Damon");
        assertThat(api.counts()).containsEntry("movies_actors", 4);

        assertProblem(editorRequest().put("api/movies/" + bourne + "/actors/987654"), 404);
        assertProblem(editorRequest().put("api/movies/987654/actors/" + mark), 404);
        assertProblem(editorRequest().delete("api/movies/" + bourne + "/actors/987654"), 404);
    }

    // --- Actors, contacts, stuntmen ---

    @Test
    void readsAnActorProfile() {
        long dwayne = api.actorId("Dwayne Johnson");
        ApiReply profile = api.get("api/actors/" + dwayne);
        profile.assertStatus(200).assertHeader("ETag", "\"0\"");
        Json json = profile.json();
        assertThat(json.string("name")).isEqualTo("Dwayne Johnson");
        assertThat(json.string("birthday")).isEqualTo("1972-05-02");
        assertThat(json.list("contacts.phoneNumber")).containsExactly("423 555 5623", "421 444 2323");
        assertThat(json.string("stuntman.name")).isEqualTo("John Roe");
        assertThat(json.bool("stuntman.active")).isTrue();
        assertThat(json.list("movies.releaseDate")).containsExactly("2013-08-23", "2015-04-02");
    }

    @Test
    void createsUpdatesAndDeletesAnActorWithContactsAndStuntman() {
        ApiReply created = editorRequest()
                .body("{\"name\":\"Val Kilmer\",\"birthday\":\"1959-12-31\"}")
                .post("api/actors");
        created.assertStatus(201);
        String location = api.resolve(created.header("Location"));
        assertThat(location).matches(".*/api/actors/\\d+");
        assertThat(created.json().map("")).doesNotContainKey("stuntman").containsEntry("movies", List.of());
        long val = created.json().longValue("id");

        editorRequest()
                .body("{\"name\":\"Val Edward Kilmer\",\"birthday\":\"1959-12-31\",\"version\":0}")
                .put(location)
                .assertStatus(200)
                .assertHeader("ETag", "\"1\"");

        ApiReply contact = editorRequest()
                .body("{\"phoneNumber\":\"310 555 0199\",\"address\":\"Malibu, CA\"}")
                .post("api/actors/" + val + "/contacts");
        contact.assertStatus(201);
        String contactLocation = api.resolve(contact.header("Location"));
        assertThat(contactLocation).matches(".*/api/actors/" + val + "/contacts/\\d+");
        api.anonymous().get(contactLocation).assertStatus(200);
        editorRequest()
                .body("{\"phoneNumber\":\"310 555 0100\",\"address\":\"Santa Monica, CA\"}")
                .put(contactLocation)
                .assertStatus(200);
        assertThat(api.get("api/actors/" + val + "/contacts").json().list("address"))
                .containsExactly("Santa Monica, CA");

        String stuntmanUrl = api.url("api/actors/" + val + "/stuntman");
        editorRequest()
                .body("{\"name\":\"Jim Double\",\"active\":true}")
                .put(stuntmanUrl)
                .assertStatus(200);
        editorRequest()
                .body("{\"name\":\"Jim Double\",\"active\":false}")
                .put(stuntmanUrl)
                .assertStatus(200);
        ApiReply stuntman = api.get("api/actors/" + val + "/stuntman");
        assertThat(stuntman.json().bool("active")).isFalse();
        assertThat(api.counts()).containsEntry("stuntmen", 4).containsEntry("contact_details", 5);

        editorRequest().delete("api/actors/" + val).assertStatus(204);
        assertProblem(api.anonymous().get(location), 404);
        assertProblem(api.get("api/actors/" + val + "/contacts"), 404);
        assertThat(api.counts())
                .containsEntry("actors", 3)
                .containsEntry("stuntmen", 3)
                .containsEntry("contact_details", 4);
    }

    @Test
    void removesAContactAndAStuntman() {
        long dwayne = api.actorId("Dwayne Johnson");
        long westHollywood =
                api.get("api/actors/" + dwayne + "/contacts").json().longValue("[1].id");
        editorRequest()
                .delete("api/actors/" + dwayne + "/contacts/" + westHollywood)
                .assertStatus(204);
        assertThat(api.get("api/actors/" + dwayne + "/contacts").json().list("address"))
                .containsExactly("Glendale, CA");
        assertProblem(editorRequest().delete("api/actors/" + dwayne + "/contacts/" + westHollywood), 404);

        editorRequest().delete("api/actors/" + dwayne + "/stuntman").assertStatus(204);
        assertProblem(api.get("api/actors/" + dwayne + "/stuntman"), 404);
        assertProblem(editorRequest().delete("api/actors/" + dwayne + "/stuntman"), 404);
        assertThat(api.counts()).containsEntry("contact_details", 3).containsEntry("stuntmen", 2);
    }

    @Test
    void contactsOfAnotherActorAreNotFound() {
        long matt = api.actorId("Matt Damon");
        long dwayne = api.actorId("Dwayne Johnson");
        long dwaynesContact =
                api.get("api/actors/" + dwayne + "/contacts").json().longValue("[0].id");
        String before = api.snapshot();
        assertProblem(api.get("api/actors/" + matt + "/contacts/" + dwaynesContact), 404);
        assertProblem(editorRequest().delete("api/actors/" + matt + "/contacts/" + dwaynesContact), 404);
        assertProblem(
                editorRequest()
                        .body("{\"phoneNumber\":\"1\",\"address\":\"x\"}")
                        .put("api/actors/" + matt + "/contacts/" + dwaynesContact),
                404);
        assertThat(api.snapshot()).isEqualTo(before);
    }

    // --- Unknown ids, bad input, wrong content type: problems that change nothing ---

    @Test
    void unknownIdsAre404Problems() {
        String before = api.snapshot();
        for (String path : List.of(
                "api/movies/987654",
                "api/actors/987654",
                "api/actors/987654/contacts",
                "api/actors/987654/stuntman",
                "api/movies/abc",
                "api/nothing-here")) {
            ApiReply response = assertProblem(api.get(path), 404);
            assertThat(response.json().string("detail")).as(path).isNotBlank();
        }
        assertProblem(editorRequest().body("{\"title\":\"X\",\"version\":0}").put("api/movies/987654"), 404);
        assertProblem(editorRequest().delete("api/actors/987654"), 404);
        assertProblem(
                editorRequest()
                        .body("{\"phoneNumber\":\"1\",\"address\":\"x\"}")
                        .post("api/actors/987654/contacts"),
                404);
        assertProblem(editorRequest().body("{\"name\":\"X\",\"active\":true}").put("api/actors/987654/stuntman"), 404);
        assertProblem(
                editorRequest().body("{\"title\":\"X\",\"castIds\":[987654]}").post("api/movies"), 404);
        assertThat(api.snapshot()).isEqualTo(before);
    }

    @Test
    void malformedJsonIs400WithoutParserDetails() {
        String before = api.snapshot();
        for (String body : List.of(
                "{\"title\":",
                "{title: 'x'}",
                "not json",
                "[{\"title\":\"x\"}]",
                "\"x\"",
                "",
                "{\"title\":\"x\"} trailing",
                "{\"title\":" + "[".repeat(5000) + "]".repeat(5000) + "}")) {
            ApiReply response = assertProblem(editorRequest().body(body).post("api/movies"), 400);
            assertThat(response.json().string("title")).as(body).isEqualTo("Malformed JSON");
        }
        assertThat(api.snapshot()).isEqualTo(before);
    }

    @Test
    void wrongTypesImpossibleDatesAndUnknownFieldsAre400WithAMessagePerField() {
        String before = api.snapshot();
        ApiReply movie = assertProblem(
                editorRequest()
                        .body("{\"title\":42,\"releaseDate\":\"2001-02-30\"," + "\"castIds\":[\"one\"],\"rating\":5}")
                        .post("api/movies"),
                400);
        assertThat(fieldErrors(movie)).containsOnlyKeys("title", "releaseDate", "castIds", "rating");
        assertThat(fieldErrors(movie).get("releaseDate")).contains("ISO-8601");

        ApiReply dates = assertProblem(
                editorRequest()
                        .body("{\"title\":\"x\",\"releaseDate\":\"11/10/2002\"}")
                        .post("api/movies"),
                400);
        assertThat(fieldErrors(dates)).containsOnlyKeys("releaseDate");
        assertThat(fieldErrors(assertProblem(
                        editorRequest()
                                .body("{\"title\":\"x\",\"releaseDate\":20021011}")
                                .post("api/movies"),
                        400)))
                .containsOnlyKeys("releaseDate");
        assertThat(fieldErrors(assertProblem(
                        editorRequest()
                                .body("{\"title\":\"x\",\"castIds\":[1.5]}")
                                .post("api/movies"),
                        400)))
                .containsOnlyKeys("castIds");

        long dwayne = api.actorId("Dwayne Johnson");
        ApiReply actor = assertProblem(
                editorRequest()
                        .body("{\"name\":[\"x\"],\"birthday\":\"1972-13-01\"," + "\"version\":\"zero\"}")
                        .put("api/actors/" + dwayne),
                400);
        assertThat(fieldErrors(actor)).containsOnlyKeys("name", "birthday", "version");

        ApiReply stuntman = assertProblem(
                editorRequest().body("{\"name\":\"X\",\"active\":\"yes\"}").put("api/actors/" + dwayne + "/stuntman"),
                400);
        assertThat(fieldErrors(stuntman)).containsOnlyKeys("active");
        assertThat(api.snapshot()).isEqualTo(before);
    }

    @Test
    void missingRequiredFieldsOverLongTextAndFutureBirthdaysAre400() {
        String before = api.snapshot();
        assertThat(fieldErrors(assertProblem(
                        editorRequest().body("{\"releaseDate\":\"2001-01-01\"}").post("api/movies"), 400)))
                .containsOnly(Map.entry("title", "Title is required."));
        assertThat(fieldErrors(assertProblem(
                        editorRequest().body("{\"title\":\"   \"}").post("api/movies"), 400)))
                .containsOnlyKeys("title");
        assertThat(fieldErrors(assertProblem(
                        editorRequest()
                                .body("{\"title\":\"" + "t".repeat(201) + "\"}")
                                .post("api/movies"),
                        400)))
                .containsOnly(Map.entry("title", "Title must be at most 200 characters."));
        assertThat(fieldErrors(assertProblem(
                        editorRequest()
                                .body("{\"name\":\"" + "n".repeat(101) + "\"," + "\"birthday\":\"2999-01-01\"}")
                                .post("api/actors"),
                        400)))
                .containsOnlyKeys("name", "birthday");

        long dwayne = api.actorId("Dwayne Johnson");
        String contacts = api.url("api/actors/" + dwayne + "/contacts");
        assertThat(fieldErrors(assertProblem(
                        editorRequest()
                                .body("{\"phoneNumber\":\"" + "1".repeat(33) + "\",\"address\":\"" + "a".repeat(201)
                                        + "\"}")
                                .post(contacts),
                        400)))
                .containsOnlyKeys("phoneNumber", "address");
        assertThat(fieldErrors(assertProblem(editorRequest().body("{}").post(contacts), 400)))
                .containsOnlyKeys("phoneNumber", "address");
        assertThat(fieldErrors(assertProblem(
                        editorRequest()
                                .body("{\"name\":\"" + "s".repeat(101) + "\"}")
                                .put("api/actors/" + dwayne + "/stuntman"),
                        400)))
                .containsOnlyKeys("name", "active");
        assertThat(api.snapshot()).isEqualTo(before);
    }

    @Test
    void aBodyThatIsNotJsonGets415() {
        String before = api.snapshot();
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")) {
            ApiReply response =
                    api.as(editor).contentType(type).body("title=Heat").post("api/movies");
            assertProblem(response, 415);
        }
        long dwayne = api.actorId("Dwayne Johnson");
        assertProblem(api.as(editor).contentType("text/plain").body("x").put("api/actors/" + dwayne), 415);
        assertThat(api.snapshot()).isEqualTo(before);
    }

    @Test
    void aBodyWithoutContentTypeGets415AndABodyOverOneMebibyteGets413() {
        String before = api.snapshot();
        // No Content-Type header (none is set), and no Accept either.
        ApiReply untyped = api.request()
                .header("Authorization", "Bearer " + editor)
                .body("{\"title\":\"Untyped\"}")
                .post("api/movies");
        assertThat(untyped.status()).as(untyped.body()).isEqualTo(415);
        assertThat(untyped.contentType()).isEqualTo("application/problem+json");
        assertThat(untyped.body()).contains("Content-Type");

        String huge = "{\"title\":\"" + "x".repeat(1024 * 1024) + "\"}";
        ApiReply tooLarge = assertProblem(editorRequest().body(huge).post("api/movies"), 413);
        assertThat(tooLarge.json().string("detail")).contains("1024 KiB");
        assertThat(api.snapshot()).isEqualTo(before);
    }

    @Test
    void aDeleteWithAStaleIfMatchIs412AndDeletesNothingAndOneWithTheCurrentOneDeletes() {
        long pain = api.movieId("Pain & Gain");
        editorRequest()
                .header("If-Match", "\"0\"")
                .body("{\"title\":\"Pain and Gain\"}")
                .put("api/movies/" + pain)
                .assertStatus(200)
                .assertHeader("ETag", "\"1\"");
        String before = api.snapshot();
        assertProblem(api.as(editor).header("If-Match", "\"0\"").delete("api/movies/" + pain), 412);
        assertThat(api.snapshot()).isEqualTo(before);
        api.as(editor).header("If-Match", "\"1\"").delete("api/movies/" + pain).assertStatus(204);
        assertThat(api.get("api/movies/" + pain).status()).isEqualTo(404);
    }

    @Test
    void twoIfMatchHeadersAreRefused() {
        long pain = api.movieId("Pain & Gain");
        String before = api.snapshot();
        assertProblem(
                editorRequest()
                        .header("If-Match", "\"0\"")
                        .header("If-Match", "\"7\"")
                        .body("{\"title\":\"Pain and Gain\"}")
                        .put("api/movies/" + pain),
                400);
        assertThat(api.snapshot()).isEqualTo(before);
    }

    @Test
    void aBodyThatIsNotUtf8IsRefused() {
        String before = api.snapshot();
        byte[] latin1 =
                "{\"title\":\"Caf\u00e9\",\"releaseDate\":\"2001-01-01\"}".getBytes(StandardCharsets.ISO_8859_1);
        ApiReply refused = assertProblem(editorRequest().body(latin1).post("api/movies"), 400);
        assertThat(refused.json().string("detail")).contains("UTF-8");
        assertThat(api.snapshot()).isEqualTo(before);
    }

    @Test
    void listingParametersTakeAsciiDigitsAndFourDigitYearsOnly() {
        for (String query : List.of(
                "size=%D9%A1%D9%A0",
                "actor=%D9%A1",
                "page=%EF%BC%92",
                "releasedAfter=%2B999999999-12-31",
                "releasedAfter=0000-01-01",
                "releasedAfter=-0001-01-01")) {
            // Sent as written: the client encodes nothing again.
            assertProblem(api.anonymous().get("api/movies?" + query), 400);
        }
    }

    @Test
    void idsAreAsciiDigitsOnly() {
        long first = api.movieId("Pain & Gain");
        assertThat(api.get("api/movies/" + first).status()).isEqualTo(200);
        // The same number in Arabic-Indic digits (U+0660..U+0669), which Long.parseLong would accept.
        String arabicIndic = java.net.URLEncoder.encode(
                Long.toString(first)
                        .chars()
                        .mapToObj(d -> String.valueOf((char) (0x0660 + d - '0')))
                        .collect(java.util.stream.Collectors.joining()),
                java.nio.charset.StandardCharsets.UTF_8);
        for (String path : List.of(
                "api/movies/" + arabicIndic,
                "api/movies/%EF%BC%91",
                "api/actors/%D9%A1/contacts",
                "api/movies/+1",
                "api/movies/-1")) {
            // Sent as written: the client encodes nothing again.
            assertProblem(api.anonymous().get(path), 404);
        }
    }

    @Test
    void aCastOfMoreThanFiveHundredActorsIs400() {
        String before = api.snapshot();
        String ids = java.util.stream.LongStream.rangeClosed(1, Movie.CAST_MAX + 1)
                .mapToObj(Long::toString)
                .collect(java.util.stream.Collectors.joining(","));
        ApiReply refused = assertProblem(
                editorRequest()
                        .body("{\"title\":\"Crowd\",\"castIds\":[" + ids + "]}")
                        .post("api/movies"),
                400);
        assertThat(fieldErrors(refused).get("castIds")).contains(String.valueOf(Movie.CAST_MAX));
        String many = java.util.stream.LongStream.rangeClosed(1, 200_000)
                .mapToObj(Long::toString)
                .collect(java.util.stream.Collectors.joining(","));
        assertProblem(
                editorRequest()
                        .body("{\"title\":\"Crowd\",\"castIds\":[" + many + "]}")
                        .post("api/movies"),
                413);
        assertThat(api.snapshot()).isEqualTo(before);
    }

    @Test
    void datesOutsideTheCatalogueRangeAre400AndItsEndsAreStoredExactly() {
        String before = api.snapshot();
        for (String date :
                List.of("1849-12-31", "1582-10-10", "0000-01-01", "-0001-01-01", "+999999999-12-31", "+10000-01-01")) {
            ApiReply refused = assertProblem(
                    editorRequest()
                            .body("{\"title\":\"Dated\",\"releaseDate\":\"" + date + "\"}")
                            .post("api/movies"),
                    400);
            assertThat(fieldErrors(refused).get("releaseDate")).as(date).contains("1850-01-01", "9999-12-31");
        }
        assertThat(fieldErrors(assertProblem(
                        editorRequest()
                                .body("{\"name\":\"Old\",\"birthday\":\"1700-01-01\"}")
                                .post("api/actors"),
                        400)))
                .containsOnlyKeys("birthday");
        assertThat(api.snapshot()).isEqualTo(before);

        for (String date : List.of("1850-01-01", "9999-12-31")) {
            ApiReply created = editorRequest()
                    .body("{\"title\":\"Edge " + date + "\",\"releaseDate\":\"" + date + "\"}")
                    .post("api/movies");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            assertThat(api.anonymous()
                            .get(api.resolve(created.header("Location")))
                            .json()
                            .string("releaseDate"))
                    .isEqualTo(date);
        }
    }

    @Test
    void controlCharactersDirectionOverridesAndInvisibleOnlyTitlesAre400AndTextIsStoredNfc() {
        String before = api.snapshot();
        for (String title : List.of(
                "nul\\u0000byte", "tab\\tin", "evil\\u202Egnp.exe", "\\u00A0\\u00A0", "\\u200B\\u200B", "\\uFEFF")) {
            ApiReply refused = assertProblem(
                    editorRequest().body("{\"title\":\"" + title + "\"}").post("api/movies"), 400);
            assertThat(fieldErrors(refused)).as(title).containsOnlyKeys("title");
        }
        assertThat(api.snapshot()).isEqualTo(before);

        ApiReply created = editorRequest()
                .body("{\"title\":\"\\u00A0Ame\\u0301lie\\u200B\"}")
                .post("api/movies");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().string("title")).isEqualTo("Am\u00e9lie");
    }

    @Test
    void aSecondMovieWithTheSameTitleIgnoringCaseAndDateIs409() {
        String before = api.snapshot();
        ApiReply duplicate = assertProblem(
                editorRequest()
                        .body("{\"title\":\"pain & GAIN\",\"releaseDate\":" + "\"2013-08-23\"}")
                        .post("api/movies"),
                409);
        assertThat(fieldErrors(duplicate)).containsOnlyKeys("title");
        assertThat(api.snapshot()).isEqualTo(before);
        assertThat(editorRequest()
                        .body("{\"title\":\"pain & GAIN\",\"releaseDate\":\"2013-08-24\"}")
                        .post("api/movies")
                        .status())
                .isEqualTo(201);
    }

    @Test
    void aMethodTheAddressDoesNotTakeIs405() {
        String before = api.snapshot();
        ApiReply response =
                assertProblem(editorRequest().body("{\"title\":\"x\"}").put("api/movies"), 405);
        assertThat(response.header("Allow")).contains("GET", "POST");
        assertProblem(editorRequest().post("api/ping"), 405);
        assertThat(api.snapshot()).isEqualTo(before);
    }

    private ApiClient.Request editorRequest() {
        return api.as(editor).contentType(ApiClient.JSON);
    }

    private static List<String> titles(ApiReply page) {
        page.assertStatus(200);
        return page.json().strings("items.title");
    }

    private static List<String> names(ApiReply page) {
        page.assertStatus(200);
        return page.json().strings("items.name");
    }

    private static Map<String, String> fieldErrors(ApiReply problem) {
        List<Json> errors = problem.json().each("errors");
        assertThat(errors).as("field errors").isNotEmpty();
        var byField = new java.util.LinkedHashMap<String, String>();
        errors.forEach(e -> byField.merge(e.string("field"), e.string("message"), (a, b) -> a + " " + b));
        return byField;
    }
}
