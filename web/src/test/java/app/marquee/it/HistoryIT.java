package app.marquee.it;

import static org.assertj.core.api.Assertions.assertThat;

import app.marquee.it.PageClient.Reply;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Record history from outside, on PostgreSQL: who changed what through which channel, refused
 * writes leaving nothing, restoring an earlier version (and a stale restore refused), deleting and
 * recreating, and who may see it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HistoryIT {

    private static final String SECOND_EDITOR = "it-editor-two";
    private static final String SECOND_PASSWORD = "second editor password of the tests";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.marquee(
                CatalogFixture.class,
                CatalogSupportServlet.class,
                AccountSupportServlet.class,
                AccountSupportServlet.Accounts.class);
    }

    @ArquillianResource
    URL base;

    private ApiClient api;
    private PageClient editor;

    @BeforeEach
    void sampleCatalogueWithoutHistory() {
        api = new ApiClient(base);
        api.resetCatalog();
        editor = PageClient.signedInEditor(base);
    }

    private PageClient secondEditor() {
        TestAccounts.ensure(base, SECOND_EDITOR, SECOND_PASSWORD, "editor");
        PageClient client = new PageClient(base);
        client.signIn(SECOND_EDITOR, SECOND_PASSWORD);
        return client;
    }

    /** A link of a page (a path that includes the context path) as an address to get. */
    private String onSite(String href) {
        return java.net.URI.create(base.toString()).resolve(href).toString();
    }

    private Reply saveMovieTitle(PageClient client, long id, String title) {
        Reply form = client.get("movies/" + id + "/edit");
        return client.submit(form, "form.record-form", f -> f.set("title", title));
    }

    @Test
    void eachEditThroughThePagesIsRecordedWithItsEditorNewestFirst() {
        long bourne = api.movieId("The Bourne Identity");

        assertThat(saveMovieTitle(editor, bourne, "The Bourne Identity (2002)").status())
                .isEqualTo(303);
        assertThat(saveMovieTitle(secondEditor(), bourne, "Bourne").status()).isEqualTo(303);

        Reply history = editor.get("movies/" + bourne + "/history");
        assertThat(history.status()).isEqualTo(200);
        // The third, oldest entry is the sample data's loading.
        assertThat(history.texts(".history-account")).hasSize(3).startsWith(SECOND_EDITOR, TestAccounts.EDITOR);
        assertThat(history.texts(".history-changes li"))
                .startsWith(
                        "title: The Bourne Identity (2002) → Bourne",
                        "title: The Bourne Identity → The Bourne Identity (2002)",
                        "title: The Bourne Identity",
                        "release date: 2002-10-11",
                        "cast: + Matt Damon");
        assertThat(history.text(".history-meta")).contains("on the pages");
    }

    @Test
    void aChangeThroughTheApiIsRecordedWithTheTokensSubjectAndReadableOnlyWithAnEditorToken() {
        long bourne = api.movieId("The Bourne Identity");
        long matt = api.actorId("Matt Damon");
        long dwayne = api.actorId("Dwayne Johnson");
        String etag = api.get("api/movies/" + bourne).header("ETag");

        api.as(TestTokens.editor())
                .header("If-Match", etag)
                .json("{\"title\":\"The Bourne Identity\",\"releaseDate\":\"2002-10-11\",\"castIds\":[" + dwayne + "]}")
                .put("api/movies/" + bourne)
                .assertStatus(200);

        Json history = api.as(TestTokens.editor())
                .get("api/movies/" + bourne + "/history")
                .assertStatus(200)
                .json();
        assertThat(history.string("items[0].account")).isEqualTo("alice");
        assertThat(history.string("items[0].channel")).isEqualTo("api");
        assertThat(history.string("items[0].kind")).isEqualTo("changed");
        assertThat(history.list("items[0].changes.added")).containsExactly(List.of("Dwayne Johnson"));
        assertThat(history.list("items[0].changes.removed")).containsExactly(List.of("Matt Damon"));
        assertThat(history.bool("totalExact")).isTrue();
        assertThat(matt).isNotEqualTo(dwayne);

        ApiClient.assertProblem(api.get("api/movies/" + bourne + "/history"), 401);
        ApiClient.assertProblem(api.as(TestTokens.reader()).get("api/movies/" + bourne + "/history"), 403);
        ApiClient.assertProblem(api.as(TestTokens.editor()).get("api/movies/999999/history"), 404);
    }

    @Test
    void aRefusedEditLeavesNoHistory() {
        long bourne = api.movieId("The Bourne Identity");
        Reply form = editor.get("movies/" + bourne + "/edit");
        assertThat(saveMovieTitle(editor, bourne, "Changed first").status()).isEqualTo(303);
        int entries = editor.get("movies/" + bourne + "/history")
                .texts(".history-entry")
                .size();

        Reply stale = editor.submit(form, "form.record-form", f -> f.set("title", "Changed from a stale form"));
        Reply blank = saveMovieTitle(editor, bourne, " ");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(blank.status()).isEqualTo(400);
        Reply history = editor.get("movies/" + bourne + "/history");
        assertThat(history.texts(".history-entry")).hasSize(entries);
        assertThat(history.body()).doesNotContain("stale form");
    }

    @Test
    void restoringAnEarlierVersionIsAnEditThatIsItselfRecordedAndAStaleRestoreIsRefused() {
        long bourne = api.movieId("The Bourne Identity");
        saveMovieTitle(editor, bourne, "Bourne One");
        saveMovieTitle(secondEditor(), bourne, "Bourne Two");
        Reply history = editor.get("movies/" + bourne + "/history");
        List<String> restoreLinks = history.doc().select("a.restore").eachAttr("href");
        assertThat(restoreLinks)
                .as("every entry but the current one (the oldest is the sample data)")
                .hasSize(2);

        Reply restoreForm = editor.get(onSite(restoreLinks.get(0)));
        assertThat(restoreForm.status()).isEqualTo(200);
        assertThat(restoreForm.doc().selectFirst("#title").val()).isEqualTo("Bourne One");
        assertThat(restoreForm.text("#restoring")).contains(TestAccounts.EDITOR);
        Reply staleRestoreForm = editor.get(onSite(restoreLinks.get(0)));

        Reply restored = editor.submit(restoreForm, "form.record-form", f -> {});
        assertThat(restored.status()).isEqualTo(303);
        assertThat(editor.follow(restored).text("h1")).isEqualTo("Bourne One");
        Reply stale = editor.submit(staleRestoreForm, "form.record-form", f -> {});
        assertThat(stale.status()).isEqualTo(409);

        assertThat(editor.get("movies/" + bourne + "/history").texts(".history-changes li"))
                .first()
                .isEqualTo("title: Bourne Two → Bourne One");
    }

    @Test
    void aDeletedActorIsInTheAdminsHistoryAndCanBeRecreatedFromItsLastVersion() {
        long mark = api.actorId("Mark Wahlberg");
        Reply confirm = editor.get("actors/" + mark + "/delete");
        assertThat(editor.submit(confirm, "form.actions", f -> {}).status()).isEqualTo(303);

        PageClient admin = PageClient.signedInAdmin(base);
        Reply recent = admin.get("history?account=" + TestAccounts.EDITOR);
        assertThat(recent.status()).isEqualTo(200);
        assertThat(recent.text("#changes tbody tr")).contains("Mark Wahlberg", "deleted");
        String recreate = recent.doc().selectFirst("a.recreate").attr("href");
        Reply form = admin.get(onSite(recreate));
        assertThat(form.doc().selectFirst("#name").val()).isEqualTo("Mark Wahlberg");
        assertThat(form.doc().selectFirst("#birthday").val()).isEqualTo("1971-06-05");

        Reply created = admin.submit(form, "form.record-form", f -> {});
        assertThat(created.status()).isEqualTo(303);
        assertThat(api.actorId("Mark Wahlberg")).isNotEqualTo(mark);
        assertThat(admin.get("history?account=nobody-at-all").text("#no-changes"))
                .isEqualTo("No changes match these filters.");
    }

    @Test
    void historyIsForEditorsAndTheWholeHistoryForAdmins() {
        long bourne = api.movieId("The Bourne Identity");
        Reply anonymous = new PageClient(base).get("movies/" + bourne + "/history");
        assertThat(anonymous.status()).isEqualTo(303);
        assertThat(anonymous.location()).contains("/signin");
        assertThat(new PageClient(base).get("movies/" + bourne).body()).doesNotContain("history-link");
        assertThat(editor.get("movies/" + bourne).doc().select("#history-link")).hasSize(1);
        assertThat(editor.get("history").status()).isEqualTo(403);
        assertThat(editor.get("movies/999999/history").status()).isEqualTo(404);
    }
}
