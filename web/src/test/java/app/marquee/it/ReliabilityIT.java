package app.marquee.it;

import static org.assertj.core.api.Assertions.assertThat;

import app.marquee.it.BadInputCorpus.Case;
import app.marquee.it.BadInputCorpus.Known;
import app.marquee.it.BadInputCorpus.Request;
import app.marquee.it.BadInputCorpus.Session;
import app.marquee.it.ReliabilityReport.Finding;
import app.marquee.it.ReliabilityReport.Gauges;
import app.marquee.it.outage.DatabaseProxy;
import app.marquee.web.security.OwnIssuer;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reliability suite, from outside the server:
 * <ul>
 *   <li>the bad-input corpus ({@link BadInputCorpus}): every case refused with the expected 4xx,
 *       Marquee's own page or problem document with a message, no stack trace or product name, and
 *       the database (row counts and a hash of every table) unchanged;</li>
 *   <li>races: 16 clients editing one movie, creating the same movie, or editing one that is being
 *       deleted, through the API and through the forms: exactly one winner per round, whose state is
 *       what is stored, and the agreed answer for the others;</li>
 *   <li>a database outage under load (the test proxy cut and restored): 503s while it is down,
 *       service back by itself, every acknowledged write still there;</li>
 *   <li>a soak: a steady mixed load after which heap, connections, sessions and threads are flat.</li>
 * </ul>
 * The short mode (the default) runs inside the normal test command; {@code -Dreliability.mode=full}
 * (bench/reliability.sh) runs more race rounds, a longer outage and a 20-minute soak. The numbers go
 * to {@code web/target/reliability-results.md}. No assertion is about speed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
// The outage runs last: the pool it leaves behind has been through a cut, and a race that met one of
// its connections failing at commit (a real I/O error, rightly answered 503) was counted as a race
// failure. Each test class gets its own deployment and so its own pool.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReliabilityIT {

    /** How much of each kind of work a run does. */
    record Mode(String name, int raceRounds, Duration outage, Duration soakWarmUp, Duration soak) {

        static Mode fromSystemProperty() {
            Mode mode = "full".equals(System.getProperty("reliability.mode", "short"))
                    ? new Mode("full", 50, Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofMinutes(20))
                    : new Mode("short", 3, Duration.ofSeconds(5), Duration.ofSeconds(3), Duration.ofSeconds(20));
            // For looking into the soak (a heap histogram during it, say) without the full mode's other work.
            Long soakSeconds = Long.getLong("reliability.soak.seconds");
            return soakSeconds == null
                    ? mode
                    : new Mode(
                            mode.name(),
                            mode.raceRounds(),
                            mode.outage(),
                            mode.soakWarmUp(),
                            Duration.ofSeconds(soakSeconds));
        }

        String describe() {
            return raceRounds + " race rounds per kind with " + CLIENTS + " clients, outage " + outage.toSeconds()
                    + " s, soak " + soak.toSeconds() + " s after a " + soakWarmUp.toSeconds() + " s warm-up";
        }
    }

    static final int CLIENTS = 16;
    static final Mode MODE = Mode.fromSystemProperty();
    private static final ReliabilityReport REPORT = new ReliabilityReport(MODE.name(), MODE.describe());

    /** What no answer may contain: a stack trace or the name of a product behind Marquee. */
    static final List<String> LEAKS =
            List.of("Exception", "at app.marquee", "Payara", "GlassFish", "Grizzly", "Jersey", "Hibernate");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.marquee(
                CatalogFixture.class,
                CatalogSupportServlet.class,
                AccountSupportServlet.class,
                RuntimeSupportServlet.class,
                LogCaptureServlet.class,
                FailingCommitResource.class);
    }

    @ArquillianResource
    URL base;

    private HttpClient http;
    private RawHttp raw;
    private String token;

    @BeforeEach
    void sampleCatalogue() {
        http = Http.client().build();
        raw = new RawHttp(base);
        // Long enough for the full mode's soak; TestTokens.editor() lasts ten minutes.
        token = new OwnIssuer(TestTokens.ownKey(), TestTokens.OWN_ISSUER, TestTokens.OWN_AUDIENCE)
                .issue("reliability", List.of("editor"), Duration.ofHours(2));
        TestTokens.publishExternalJwks();
        resetCatalogue();
    }

    @AfterAll
    static void writeResults() {
        System.out.println(REPORT.write());
    }

    // --- The bad-input corpus -----------------------------------------------------------------

    @Test
    void theCorpusCoversAtLeast300BadRequests() {
        assertThat(BadInputCorpus.all()).hasSizeGreaterThanOrEqualTo(300);
    }

    @Test
    void badFormInputGetsMarqueesOwn4xxPageAndChangesNothing() {
        runCorpus(BadInputCorpus.FORMS);
    }

    @Test
    void badApiInputGetsAProblemDocumentAndChangesNothing() {
        runCorpus(BadInputCorpus.API);
    }

    @Test
    void forgedExpiredAndMisSignedTokensAreRefusedAndChangeNothing() {
        runCorpus(BadInputCorpus.TOKENS);
    }

    @Test
    void malformedAddressesAndHeadersAreRefusedWithoutAServerErrorOrStackTrace() {
        runCorpus(BadInputCorpus.TRANSPORT);
    }

    /** The sessions a corpus run sends requests in. */
    private record Sessions(String editor, String admin, String signIn) {
        String cookie(Session session) {
            return switch (session) {
                case EDITOR -> editor;
                case ADMIN -> admin;
                case SIGN_IN -> signIn;
                case NONE -> null;
            };
        }
    }

    private record CorpusSetup(
            Sessions sessions,
            String editorCsrf,
            String adminCsrf,
            String signInCsrf,
            String foreignCsrf,
            long targetAccount,
            Map<String, String> forged) {}

    private void runCorpus(String group) {
        CorpusSetup setup = corpusSetup();
        Known known = known(setup);
        String before = fingerprint();
        List<Finding> failed = new ArrayList<>();
        int cases = 0;
        int serverErrors = 0;
        int leaks = 0;
        int changes = 0;
        long started = System.nanoTime();
        long sending = 0;
        for (Case c : BadInputCorpus.group(group)) {
            cases++;
            Request request = c.request().apply(known);
            long sent = System.nanoTime();
            RawHttp.Answer answer = send(request, setup.sessions());
            sending += System.nanoTime() - sent;
            List<String> problems = judge(c, request, answer);
            if (answer.status() >= 500) {
                serverErrors++;
            }
            if (problems.stream().anyMatch(p -> p.startsWith("names "))) {
                leaks++;
            }
            String after = fingerprint();
            if (!after.equals(before)) {
                changes++;
                problems.add("changed the database (" + difference(before, after) + ")");
                // Start the next case from the sample catalogue again, with its new ids.
                resetCatalogue();
                known = known(setup);
                before = fingerprint();
            }
            if (!problems.isEmpty()) {
                failed.add(new Finding(
                        group,
                        c.name(),
                        answer.status(),
                        new TreeSet<>(c.expected()).toString(),
                        String.join("; ", problems)));
            }
        }
        long byPayara = BadInputCorpus.group(group).stream()
                .filter(c -> BadInputCorpus.CONTAINER_ANSWERS.containsKey(c.name()))
                .count();
        REPORT.corpus(
                group,
                cases,
                serverErrors,
                leaks,
                changes,
                failed,
                String.format(
                        Locale.ROOT,
                        "%s: %d cases in %.1f s, of which %.1f s waiting for the answers%s",
                        group,
                        cases,
                        (System.nanoTime() - started) / 1e9,
                        sending / 1e9,
                        byPayara == 0 ? "" : "; " + byPayara + " answered by Payara itself as the README documents"));
        assertThat(failed.stream()
                        .map(f -> f.name() + ": " + f.status() + " (expected " + f.expected() + ") " + f.problems())
                        .toList())
                .as(
                        "%d of %d %s cases failed (%d answered 5xx, %d leaked, %d changed the database)",
                        failed.size(), cases, group, serverErrors, leaks, changes)
                .isEmpty();
    }

    private CorpusSetup corpusSetup() {
        PageClient editor = PageClient.signedInEditor(base);
        PageClient admin = PageClient.signedInAdmin(base);
        PageClient signIn = new PageClient(base);
        PageClient foreign = new PageClient(base);
        String signInCsrf = signIn.get("signin").value("input[name=_csrf]");
        String foreignCsrf = foreign.get("signin").value("input[name=_csrf]");
        String editorCsrf = editor.get("movies/new").value("input[name=_csrf]");
        String target = "it-corpus-target";
        TestAccounts.ensure(base, target, "corpus target password of the tests", "editor");
        PageClient.Reply accounts = admin.get("admin/accounts");
        String adminCsrf = accounts.value("input[name=_csrf]");
        var link = accounts.doc().select("a[href*=admin/accounts/]").stream()
                .filter(a -> a.text().equals(target))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No link to " + target + " on the admin page"));
        long targetAccount = Long.parseLong(link.attr("href").replaceAll(".*/", ""));
        for (String csrf : new String[] {signInCsrf, foreignCsrf, editorCsrf, adminCsrf}) {
            assertThat(csrf).as("a form's CSRF token").isNotBlank();
        }
        return new CorpusSetup(
                new Sessions(editor.cookie("JSESSIONID"), admin.cookie("JSESSIONID"), signIn.cookie("JSESSIONID")),
                editorCsrf,
                adminCsrf,
                signInCsrf,
                foreignCsrf,
                targetAccount,
                ForgedTokens.make());
    }

    /** The ids and versions of the sample records now, for the corpus's requests. */
    private Known known(CorpusSetup setup) {
        List<Json> movies =
                Json.parse(call("GET", "api/movies?size=100", null).body()).each("items");
        List<Json> actors =
                Json.parse(call("GET", "api/actors?size=100", null).body()).each("items");
        Json furious = find(movies, "title", "Furious 7");
        Json painAndGain = find(movies, "title", "Pain & Gain");
        Json dwayne = find(actors, "name", "Dwayne Johnson");
        Json mark = find(actors, "name", "Mark Wahlberg");
        long highest = Collections.max(List.of(
                furious.longValue("id"),
                painAndGain.longValue("id"),
                dwayne.longValue("id"),
                mark.longValue("id"),
                dwayne.longValue("contacts[0].id"),
                mark.longValue("contacts[0].id"),
                setup.targetAccount()));
        return new Known(
                furious.longValue("id"),
                furious.longValue("version"),
                painAndGain.longValue("id"),
                "Pain & Gain",
                String.valueOf(painAndGain.string("releaseDate")),
                dwayne.longValue("id"),
                dwayne.longValue("version"),
                mark.longValue("id"),
                dwayne.longValue("contacts[0].id"),
                dwayne.longValue("contacts[0].version"),
                mark.longValue("contacts[0].id"),
                dwayne.longValue("stuntman.version"),
                highest + 1_000_000,
                setup.targetAccount(),
                setup.editorCsrf(),
                setup.adminCsrf(),
                setup.signInCsrf(),
                setup.foreignCsrf(),
                token,
                TestTokens.reader(),
                setup.forged());
    }

    private static Json find(List<Json> items, String field, String value) {
        return items.stream()
                .filter(m -> value.equals(m.string(field)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + value + " in the sample catalogue"));
    }

    private RawHttp.Answer send(Request request, Sessions sessions) {
        List<Map.Entry<String, String>> headers = new ArrayList<>(request.headers());
        String cookie = sessions.cookie(request.session());
        if (cookie != null) {
            headers.add(Map.entry("Cookie", "JSESSIONID=" + cookie));
        }
        String path = request.path();
        String target = path.startsWith("/") || path.startsWith("*") ? path : contextPath() + path;
        return raw.send(request.method(), target, headers, request.body());
    }

    /** Every way the answer falls short of the case's expectation. */
    static List<String> judge(Case c, Request request, RawHttp.Answer answer) {
        List<String> problems = new ArrayList<>();
        int status = answer.status();
        if (status == 0) {
            problems.add("no answer: " + answer.failure());
            return problems;
        }
        Integer container = BadInputCorpus.CONTAINER_ANSWERS.get(c.name());
        if (container != null) {
            if (status != container) {
                problems.add("Payara answered " + status + " (" + gist(answer) + "), not the " + container
                        + " the README documents");
            }
            return problems;
        }
        if (status >= 500) {
            problems.add("server error " + status + " (" + gist(answer) + ")");
        } else if (!c.expected().contains(status)) {
            problems.add("status " + status + " (" + gist(answer) + ")");
        }
        for (String leak : LEAKS) {
            if (answer.body().contains(leak)) {
                problems.add("names \"" + leak + "\" in the body");
            }
        }
        String headers = answer.headerText().toLowerCase(Locale.ROOT);
        for (String leak : LEAKS.subList(2, LEAKS.size())) {
            if (headers.contains(leak.toLowerCase(Locale.ROOT))) {
                problems.add("names \"" + leak + "\" in a header");
            }
        }
        boolean api = request.path().startsWith("api");
        if (status >= 400 && c.ownAnswer()) {
            problems.addAll(api ? problemDocumentProblems(answer) : errorPageProblems(answer));
        }
        if (status == 400 && c.field() != null && c.ownAnswer()) {
            if (api) {
                List<String> fields = errorFields(answer);
                if (!fields.contains(c.field())) {
                    problems.add("no errors entry for " + c.field() + " (has " + fields + ")");
                }
            } else {
                Document page = Jsoup.parse(answer.body());
                var message = page.getElementById(c.field() + "-error");
                // A form that cannot be read at all (a control character, bytes that are not UTF-8) is
                // refused as a whole before any field is looked at, with a page that says why.
                boolean unreadable = page.select(".error-page p").stream()
                        .anyMatch(p -> p.text().startsWith("The form"));
                if ((message == null || message.text().isBlank()) && !unreadable) {
                    problems.add("no message beside the field " + c.field());
                }
            }
        }
        if (c.notReflected() != null && !api && answer.body().contains(c.notReflected())) {
            problems.add("shows the payload unescaped");
        }
        if (c.extra() != null && status >= 200 && status < 300 && !c.extra().test(answer.body())) {
            problems.add("answer " + c.extraName() + ": no");
        }
        return problems;
    }

    /** What an answer says, in a few words: its heading, its problem title, or its first characters. */
    static String gist(RawHttp.Answer answer) {
        if (answer.contentType().startsWith("text/html")) {
            Document page = Jsoup.parse(answer.body());
            return page.selectFirst("h1") == null
                    ? page.title()
                    : page.selectFirst("h1").text();
        }
        String body = answer.body().strip().replaceAll("\\s+", " ");
        String type = answer.contentType().isEmpty() ? "no content type" : answer.contentType();
        return type + (body.isEmpty() ? ", empty" : ": " + (body.length() > 80 ? body.substring(0, 80) + "…" : body));
    }

    private static List<String> problemDocumentProblems(RawHttp.Answer answer) {
        if (!answer.contentType().startsWith("application/problem+json")) {
            return List.of("not a problem document (" + answer.contentType() + ")");
        }
        String body = answer.body().strip();
        if (!body.startsWith("{") || !body.endsWith("}")) {
            return List.of("problem document that is not a JSON object");
        }
        List<String> problems = new ArrayList<>();
        if (jsonStrings(body, "title").stream().noneMatch(t -> !t.isBlank())
                || jsonStrings(body, "detail").stream().noneMatch(t -> !t.isBlank())) {
            problems.add("problem document without title or detail");
        }
        Matcher status = Pattern.compile("\"status\"\\s*:\\s*(\\d+)").matcher(body);
        if (!status.find() || Integer.parseInt(status.group(1)) != answer.status()) {
            problems.add("problem document with another status");
        }
        return problems;
    }

    /** The fields named in a problem document's {@code errors}. */
    private static List<String> errorFields(RawHttp.Answer answer) {
        return jsonStrings(answer.body(), "field");
    }

    /** Every string value of {@code key} in a JSON text, at any depth; none when the text is not JSON. */
    static List<String> jsonStrings(String json, String key) {
        return Json.parseIfJson(json)
                .map(document -> document.stringsNamed(key))
                .orElse(List.of());
    }

    private static List<String> errorPageProblems(RawHttp.Answer answer) {
        if (!answer.contentType().startsWith("text/html")) {
            return List.of("not an HTML page (" + answer.contentType() + ")");
        }
        Document page = Jsoup.parse(answer.body());
        List<String> problems = new ArrayList<>();
        if (page.selectFirst("h1") == null || page.selectFirst("h1").text().isBlank()) {
            problems.add("page without a heading");
        }
        if (page.select(".field-error, .alert, [role=alert], .error-page p").stream()
                .allMatch(e -> e.text().isBlank())) {
            problems.add("page without a message");
        }
        return problems;
    }

    // --- Races --------------------------------------------------------------------------------

    /** One client's answer in a race. */
    private record Outcome(int client, int status, String body) {}

    @Test
    void concurrentApiEditsOfOneMovieHaveOneWinnerWhoseChangesAreStored() {
        List<Long> actors = actorIds();
        races("edit through the API", round -> {
            long movie = createMovie("Race API edit " + round, LocalDate.of(2001, 1, 1), List.of(actors.get(0)));
            long version =
                    Json.parse(call("GET", "api/movies/" + movie, null).body()).longValue("version");
            List<Outcome> outcomes =
                    together(CLIENTS, i -> call("PUT", "api/movies/" + movie, editJson(round, i, actors, version)));
            return judgeEdit(movie, outcomes, Set.of(200), Set.of(409), actors, round, true);
        });
    }

    @Test
    void concurrentFormEditsOfOneMovieHaveOneWinnerWhoseChangesAreStored() {
        List<Long> actors = actorIds();
        List<PageClient> editors = editors(CLIENTS);
        races("edit through the forms", round -> {
            long movie = createMovie("Race form edit " + round, LocalDate.of(2001, 1, 1), List.of(actors.get(0)));
            List<PageClient.Reply> forms = forEach(editors, e -> e.get("movies/" + movie + "/edit"));
            List<Outcome> outcomes = together(
                    CLIENTS,
                    i -> submitted(
                            i,
                            forms.get(i),
                            () -> editors.get(i).submit(forms.get(i), "form.record-form", f -> {
                                f.set("title", title(round, i))
                                        .set("releaseDate", date(i).toString())
                                        .remove("cast");
                                cast(i, actors).forEach(id -> f.add("cast", String.valueOf(id)));
                            })));
            return judgeEdit(movie, outcomes, Set.of(303), Set.of(409), actors, round, false);
        });
    }

    @Test
    void concurrentApiCreatesOfTheSameMovieStoreItOnceAndAnswerTheOthers409() {
        races("duplicate through the API", round -> {
            String title = "Race duplicate " + round;
            List<Outcome> outcomes = together(
                    CLIENTS,
                    i -> call(
                            "POST",
                            "api/movies",
                            "{\"title\":\"" + caseVariant(title, i)
                                    + "\",\"releaseDate\":\"2010-10-10\",\"castIds\":[]}"));
            return judgeDuplicate(title, outcomes, Set.of(201), Set.of(409), true);
        });
    }

    @Test
    void concurrentFormCreatesOfTheSameMovieStoreItOnceAndAnswerTheOthersWithAMessage() {
        List<PageClient> editors = editors(CLIENTS);
        races("duplicate through the forms", round -> {
            String title = "Race form duplicate " + round;
            List<PageClient.Reply> forms = forEach(editors, e -> e.get("movies/new"));
            List<Outcome> outcomes = together(
                    CLIENTS,
                    i -> submitted(
                            i,
                            forms.get(i),
                            () -> editors.get(i)
                                    .submit(
                                            forms.get(i),
                                            "form.record-form",
                                            f -> f.set("title", caseVariant(title, i))
                                                    .set("releaseDate", "2010-10-10"))));
            return judgeDuplicate(title, outcomes, Set.of(303), Set.of(400, 409), false);
        });
    }

    @Test
    void deletingAMovieWhileOthersEditItThroughTheApiLeavesItDeletedAndAnswersEveryone() {
        List<Long> actors = actorIds();
        races("delete while editing through the API", round -> {
            long movie = createMovie("Race API delete " + round, LocalDate.of(2001, 1, 1), actors);
            long version =
                    Json.parse(call("GET", "api/movies/" + movie, null).body()).longValue("version");
            // The deleter says which version it means, as a careful client does.
            List<Outcome> outcomes = together(
                    CLIENTS,
                    i -> i == 0
                            ? call("DELETE", "api/movies/" + movie, null, "If-Match", "\"" + version + "\"")
                            : call("PUT", "api/movies/" + movie, editJson(round, i, actors, version)));
            return judgeDelete(movie, round, outcomes, Set.of(204), Set.of(200), Set.of(404, 409, 412));
        });
    }

    @Test
    void deletingAMovieWhileOthersEditItThroughTheFormsLeavesItDeletedAndAnswersEveryone() {
        List<Long> actors = actorIds();
        List<PageClient> editors = editors(CLIENTS);
        races("delete while editing through the forms", round -> {
            long movie = createMovie("Race form delete " + round, LocalDate.of(2001, 1, 1), actors);
            List<PageClient.Reply> forms =
                    new ArrayList<>(forEach(editors.subList(1, CLIENTS), e -> e.get("movies/" + movie + "/edit")));
            forms.add(0, editors.get(0).get("movies/" + movie + "/delete"));
            List<Outcome> outcomes = together(
                    CLIENTS,
                    i -> submitted(
                            i,
                            forms.get(i),
                            () -> i == 0
                                    ? editors.get(0).submit(forms.get(0), "form.actions", f -> {})
                                    : editors.get(i)
                                            .submit(
                                                    forms.get(i),
                                                    "form.record-form",
                                                    f -> f.set("title", title(round, i)))));
            return judgeDelete(movie, round, outcomes, Set.of(303), Set.of(303), Set.of(404, 409));
        });
    }

    /** A round's verdict: whether it had exactly one winner, whether the winner's state was lost, and why not. */
    private record Round(boolean oneWinner, boolean lost, String note) {}

    private void races(String kind, IntFunction<Round> round) {
        List<String> notes = new ArrayList<>();
        int bad = 0;
        int lost = 0;
        for (int r = 1; r <= MODE.raceRounds(); r++) {
            Round result = round.apply(r);
            if (!result.oneWinner()) {
                bad++;
            }
            if (result.lost()) {
                lost++;
            }
            if (result.note() != null) {
                notes.add("round " + r + ": " + result.note());
            }
        }
        REPORT.race(kind, MODE.raceRounds(), bad, lost, notes.stream().limit(5).toList());
        assertThat(notes)
                .as("rounds of %s without exactly one winner and the agreed answers", kind)
                .isEmpty();
    }

    private Round judgeEdit(
            long movie,
            List<Outcome> outcomes,
            Set<Integer> win,
            Set<Integer> lose,
            List<Long> actors,
            int round,
            boolean api) {
        List<Outcome> winners =
                outcomes.stream().filter(o -> win.contains(o.status())).toList();
        List<String> problems = new ArrayList<>();
        if (winners.size() != 1) {
            problems.add(winners.size() + " winners");
        }
        problems.addAll(loserProblems(outcomes, win, lose, api));
        boolean lost = false;
        if (winners.size() == 1) {
            int i = winners.get(0).client();
            Json stored = Json.parse(call("GET", "api/movies/" + movie, null).body());
            Set<Long> storedCast = stored.longs("cast.id").stream().collect(Collectors.toSet());
            if (!title(round, i).equals(stored.string("title"))
                    || !date(i).toString().equals(stored.string("releaseDate"))
                    || !storedCast.equals(new HashSet<>(cast(i, actors)))) {
                lost = true;
                problems.add("stored " + stored.string("title") + " " + stored.string("releaseDate") + " cast "
                        + storedCast + ", not the winner's (client " + i + ")");
            }
        }
        return new Round(winners.size() == 1, lost, problems.isEmpty() ? null : String.join("; ", problems));
    }

    private Round judgeDuplicate(
            String title, List<Outcome> outcomes, Set<Integer> win, Set<Integer> lose, boolean api) {
        List<Outcome> winners =
                outcomes.stream().filter(o -> win.contains(o.status())).toList();
        List<String> problems = new ArrayList<>();
        if (winners.size() != 1) {
            problems.add(winners.size() + " winners");
        }
        problems.addAll(loserProblems(outcomes, win, lose, api));
        Json found = Json.parse(call("GET", "api/movies?size=100&q=" + BadInputCorpus.enc(title), null)
                .body());
        long stored = found.each("items").stream()
                .filter(m -> title.equalsIgnoreCase(String.valueOf(m.string("title")))
                        && "2010-10-10".equals(m.string("releaseDate")))
                .count();
        if (stored != 1) {
            problems.add(stored + " movies stored");
        }
        return new Round(
                winners.size() == 1 && stored == 1,
                winners.size() >= 1 && stored == 0,
                problems.isEmpty() ? null : String.join("; ", problems));
    }

    /**
     * The delete (client 0) and the edits (all from the same version) race: exactly one of them may
     * succeed, the others get 404 or the conflict answer, and what is stored is the winner's doing:
     * nothing when the delete won, the winning edit otherwise.
     */
    private Round judgeDelete(
            long movie,
            int round,
            List<Outcome> outcomes,
            Set<Integer> deleted,
            Set<Integer> edited,
            Set<Integer> refused) {
        List<String> problems = new ArrayList<>();
        boolean deleteWon = deleted.contains(outcomes.get(0).status());
        List<Outcome> editsWon = outcomes.subList(1, outcomes.size()).stream()
                .filter(o -> edited.contains(o.status()))
                .toList();
        int winners = (deleteWon ? 1 : 0) + editsWon.size();
        if (winners != 1) {
            problems.add(winners + " winners (the delete " + (deleteWon ? "among them" : "not") + ")");
        }
        Map<Integer, Long> others = outcomes.stream()
                .filter(o ->
                        !(o.client() == 0 ? deleted : edited).contains(o.status()) && !refused.contains(o.status()))
                .collect(Collectors.groupingBy(Outcome::status, Collectors.counting()));
        if (!others.isEmpty()) {
            problems.add("others answered " + others);
        }
        HttpResponse<String> after = call("GET", "api/movies/" + movie, null);
        boolean lost = false;
        if (deleteWon && after.statusCode() != 404) {
            problems.add("the movie is still there after the delete won (" + after.statusCode() + ")");
        }
        if (!deleteWon && editsWon.size() == 1) {
            String expected = title(round, editsWon.get(0).client());
            if (after.statusCode() != 200 || !after.body().contains(expected)) {
                lost = true;
                problems.add("the winning edit is not what is stored (" + after.statusCode() + ")");
            }
        }
        return new Round(winners == 1, lost, problems.isEmpty() ? null : String.join("; ", problems));
    }

    /** A client's answer to its form post; a form page that came back without the form is its answer. */
    private static Outcome submitted(int client, PageClient.Reply form, Supplier<PageClient.Reply> post) {
        if (form.status() != 200) {
            return new Outcome(client, form.status(), "the form page: " + form.body());
        }
        PageClient.Reply answer = post.get();
        return new Outcome(client, answer.status(), answer.body());
    }

    private static List<String> loserProblems(
            List<Outcome> outcomes, Set<Integer> win, Set<Integer> lose, boolean api) {
        Map<Integer, Long> wrong = outcomes.stream()
                .filter(o -> !win.contains(o.status()) && !lose.contains(o.status()))
                .collect(Collectors.groupingBy(Outcome::status, Collectors.counting()));
        List<String> problems = new ArrayList<>();
        if (!wrong.isEmpty()) {
            problems.add("others answered " + wrong);
        }
        long unclear = outcomes.stream()
                .filter(o -> lose.contains(o.status()))
                .filter(o -> api
                        ? !o.body().contains("\"detail\"")
                        : Jsoup.parse(o.body()).select(".field-error, .alert, [role=alert], .error-page p").stream()
                                .allMatch(e -> e.text().isBlank()))
                .count();
        if (unclear > 0) {
            problems.add(unclear + " refusals without a message");
        }
        return problems;
    }

    /** Runs {@code clients} requests at the same moment (as near as threads allow) and collects every answer. */
    private static List<Outcome> together(int clients, IntFunction<Object> request) {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                int client = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    Object answer = request.apply(client);
                    return answer instanceof Outcome o
                            ? o
                            : new Outcome(
                                    client,
                                    ((HttpResponse<?>) answer).statusCode(),
                                    String.valueOf(((HttpResponse<?>) answer).body()));
                }));
            }
            ready.await();
            go.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get(2, TimeUnit.MINUTES));
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * {@code n} editors, each signed in with an account of its own ({@code it-race-1} …), in parallel.
     * An account is made on first use only: creating one costs a password hash, as signing in does.
     */
    private List<PageClient> editors(int n) {
        String password = "race editor password of the tests";
        return forEach(IntStream.rangeClosed(1, n).mapToObj(i -> "it-race-" + i).toList(), name -> {
            PageClient client = new PageClient(base);
            try {
                client.signIn(name, password);
            } catch (AssertionError notYet) {
                TestAccounts.ensure(base, name, password, "editor");
                client = new PageClient(base);
                client.signIn(name, password);
            }
            return client;
        });
    }

    private static <T, R> List<R> forEach(List<T> items, Function<T, R> work) {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<R>> futures = new ArrayList<>();
            items.forEach(item -> futures.add(pool.submit(() -> work.apply(item))));
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) {
                results.add(future.get(2, TimeUnit.MINUTES));
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String title(int round, int client) {
        return "Race round " + round + " by client " + client;
    }

    private static LocalDate date(int client) {
        return LocalDate.of(2001, 1, 1).plusDays(client);
    }

    /** A cast of its own for each client: the subset of the sample actors its number's bits pick. */
    private static List<Long> cast(int client, List<Long> actors) {
        List<Long> cast = new ArrayList<>();
        for (int bit = 0; bit < actors.size(); bit++) {
            if ((client >> bit & 1) == 1) {
                cast.add(actors.get(bit));
            }
        }
        return cast;
    }

    private static String editJson(int round, int client, List<Long> actors, long version) {
        return "{\"title\":\"" + title(round, client) + "\",\"releaseDate\":\"" + date(client) + "\",\"castIds\":"
                + cast(client, actors) + ",\"version\":" + version + "}";
    }

    /** The title in upper case for some clients, lower for others: the rule ignores case. */
    private static String caseVariant(String title, int client) {
        return switch (client % 3) {
            case 0 -> title;
            case 1 -> title.toUpperCase(Locale.ROOT);
            default -> title.toLowerCase(Locale.ROOT);
        };
    }

    // --- Database outage under load -----------------------------------------------------------

    /** One request of the outage's load: when it started and ended, what it was and what came back. */
    private record Sent(long start, long end, String what, int status, String body, String location, String title) {}

    @Test
    void aTransactionThatFailsAtCommitGetsMarqueesOwn503NotJerseysBare500() {
        // The outage under load found this: a commit failing in the transaction manager became
        // TransactionalException, which Jersey's own mapper turned into an empty 500.
        HttpResponse<String> answer = call("GET", "api/test-support/failing-commit", null);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(answer.body()).contains("Service unavailable").doesNotContain("committed", "Exception");
    }

    @Test
    void formPostsOverCleartextHttp2StayHttp11SoTheyCannotPileUpStreamsInTheServer() throws Exception {
        // Java's client asks to switch to cleartext HTTP/2 (Upgrade: h2c) on its first request; Payara
        // would switch, and then keep one stream of every post with a body on the heap for good.
        HttpClient h2c = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_2)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> answer = h2c.send(
                    HttpRequest.newBuilder(URI.create(contextRoot() + "movies"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("title=Anonymous+" + i))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.version()).as("post %d", i).isEqualTo(HttpClient.Version.HTTP_1_1);
            assertThat(answer.statusCode())
                    .as("an anonymous post goes to sign-in")
                    .isEqualTo(303);
        }
        // A connection that starts with the HTTP/2 preface ("prior knowledge") is closed unanswered.
        URI root = URI.create(contextRoot());
        try (java.net.Socket socket = new java.net.Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            assertThat(socket.getInputStream().read())
                    .as("no HTTP/2 settings frame, the connection ends")
                    .isEqualTo(-1);
        }
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void aDatabaseOutageUnderLoadAnswers503ThenRecoversByItselfKeepingEveryAcknowledgedWrite() throws Exception {
        List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger sequence = new AtomicInteger();
        ExecutorService load = Executors.newFixedThreadPool(4);
        long cutAt;
        long openAt;
        Long recovered = null;
        call("POST", "it/log?level=SEVERE", null);
        try {
            for (int t = 0; t < 4; t++) {
                boolean writer = t >= 2;
                load.submit(() -> {
                    while (running.get()) {
                        long start = System.nanoTime();
                        try {
                            sent.add(outageRequest(writer, start, sequence));
                        } catch (RuntimeException e) {
                            sent.add(new Sent(
                                    start,
                                    System.nanoTime(),
                                    writer ? "POST api/movies" : "GET",
                                    0,
                                    String.valueOf(e),
                                    null,
                                    null));
                        }
                        pause(20);
                    }
                    return null;
                });
            }
            Thread.sleep(1_000);
            cutAt = System.nanoTime();
            DatabaseProxy.get().cut();
            Thread.sleep(MODE.outage().toMillis());
            openAt = System.nanoTime();
            DatabaseProxy.get().open();
            long deadline = openAt + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                recovered = recoveredAfter(sent, openAt);
                if (recovered != null) {
                    break;
                }
                Thread.sleep(100);
            }
            Thread.sleep(1_000);
        } finally {
            running.set(false);
            load.shutdown();
            load.awaitTermination(2, TimeUnit.MINUTES);
            DatabaseProxy.get().open();
        }

        List<Sent> all = List.copyOf(sent);
        List<String> problems = new ArrayList<>();
        Map<String, Long> unexpected = all.stream()
                .filter(s -> s.status() != 200 && s.status() != 201 && s.status() != 503)
                .collect(Collectors.groupingBy(s -> s.what() + " " + s.status(), Collectors.counting()));
        if (!unexpected.isEmpty()) {
            problems.add("answers other than 200, 201 and 503: " + unexpected + serverFailures());
        }
        long cut = cutAt;
        long open = openAt;
        List<Sent> whileDown =
                all.stream().filter(s -> s.start() > cut && s.end() < open).toList();
        Map<String, Long> notUnavailable = whileDown.stream()
                .filter(s -> s.status() != 503)
                .collect(Collectors.groupingBy(s -> s.what() + " " + s.status(), Collectors.counting()));
        if (whileDown.isEmpty()) {
            problems.add("no request was made while the database was down");
        }
        if (!notUnavailable.isEmpty()) {
            problems.add("while the database was down: " + notUnavailable + " instead of 503");
        }
        List<String> unclear = all.stream()
                .filter(s -> s.status() == 503)
                .map(s -> {
                    boolean api = s.what().contains("api/");
                    boolean own =
                            api ? s.body().contains("\"detail\"") : s.body().contains("<h1");
                    boolean leaks = LEAKS.stream().anyMatch(s.body()::contains);
                    return own && !leaks ? null : s.what();
                })
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        if (!unclear.isEmpty()) {
            problems.add("503 answers that are not Marquee's own or name a product: " + unclear);
        }
        if (recovered == null) {
            problems.add("no read and write succeeded within 60 s of the database coming back");
        }
        List<Sent> acknowledged = all.stream().filter(s -> s.status() == 201).toList();
        List<String> lost = new ArrayList<>();
        for (Sent write : acknowledged) {
            HttpResponse<String> stored = write.location() == null
                    ? null
                    : http.send(
                            HttpRequest.newBuilder(URI.create(contextRoot()).resolve(write.location()))
                                    .timeout(Duration.ofSeconds(30))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (stored == null || stored.statusCode() != 200 || !stored.body().contains(write.title())) {
                lost.add(write.title());
            }
        }
        if (!lost.isEmpty()) {
            problems.add(lost.size() + " acknowledged writes lost: " + lost);
        }
        long count503 = all.stream().filter(s -> s.status() == 503).count();
        REPORT.outage(
                recovered,
                lost.size(),
                String.format(
                        Locale.ROOT,
                        "%d requests (%d while down, %d answered 503), %d writes acknowledged with 201 and %d of them lost;"
                                + " outage %d s; service back %s after the proxy reopened.%s",
                        all.size(),
                        whileDown.size(),
                        count503,
                        acknowledged.size(),
                        lost.size(),
                        MODE.outage().toSeconds(),
                        recovered == null ? "never" : recovered + " ms",
                        problems.isEmpty() ? "" : " Problems: " + String.join("; ", problems)));
        assertThat(problems).as("the outage under load").isEmpty();
    }

    /** One request of the outage's load: a write (a new movie) or a read (a page or the API's listing). */
    private Sent outageRequest(boolean writer, long start, AtomicInteger sequence) {
        if (writer) {
            String title = "Outage write " + sequence.incrementAndGet();
            HttpResponse<String> r = call(
                    "POST",
                    "api/movies",
                    "{\"title\":\"" + title + "\",\"releaseDate\":\"1999-09-09\",\"castIds\":[]}");
            return new Sent(
                    start,
                    System.nanoTime(),
                    "POST api/movies",
                    r.statusCode(),
                    r.body(),
                    r.headers().firstValue("Location").orElse(null),
                    title);
        }
        String path = ThreadLocalRandom.current().nextBoolean() ? "api/movies" : "movies";
        HttpResponse<String> r = call("GET", path, null);
        return new Sent(start, System.nanoTime(), "GET " + path, r.statusCode(), r.body(), null, null);
    }

    /** Milliseconds from {@code openAt} until both a read and a write begun after it had succeeded, or null. */
    private static Long recoveredAfter(List<Sent> sent, long openAt) {
        List<Sent> after;
        synchronized (sent) {
            after = sent.stream()
                    .filter(s -> s.start() >= openAt && (s.status() == 200 || s.status() == 201))
                    .toList();
        }
        var read = after.stream()
                .filter(s -> s.what().startsWith("GET"))
                .mapToLong(Sent::end)
                .min();
        var write = after.stream()
                .filter(s -> s.what().startsWith("POST"))
                .mapToLong(Sent::end)
                .min();
        if (read.isEmpty() || write.isEmpty()) {
            return null;
        }
        return TimeUnit.NANOSECONDS.toMillis(Math.max(read.getAsLong(), write.getAsLong()) - openAt);
    }

    // --- Soak ---------------------------------------------------------------------------------

    @Test
    void aSteadyMixedLoadLeavesHeapConnectionsSessionsAndThreadsFlat() throws Exception {
        Map<String, Object> countsBefore = counts();
        call("POST", "it/log?level=SEVERE", null);
        PageClient pageWriter = PageClient.signedInEditor(base);
        Tally warmUp = new Tally();
        runLoad(pageWriter, MODE.soakWarmUp(), warmUp);
        Gauges start = gauges();
        Tally tally = new Tally();
        runLoad(pageWriter, MODE.soak(), tally);
        Gauges end = gauges();

        int requests = tally.requests();
        Map<Integer, AtomicInteger> statuses = tally.statuses;
        List<String> failures = new ArrayList<>(warmUp.failures);
        failures.addAll(tally.failures);
        long poolMax = Long.parseLong(System.getenv().getOrDefault("MARQUEE_DB_POOL_MAX_SIZE", "15"));
        List<String> problems = new ArrayList<>();
        Map<Integer, Integer> serverErrors = statuses.entrySet().stream()
                .filter(e -> e.getKey() >= 500)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get()));
        if (!serverErrors.isEmpty()) {
            problems.add("server errors " + serverErrors + serverFailures());
        }
        if (!failures.isEmpty()) {
            problems.add(failures.size() + " steps went wrong: "
                    + failures.stream().distinct().limit(10).toList());
        }
        if (!counts().equals(countsBefore)) {
            problems.add("the load left records behind: " + countsBefore + " → " + counts());
        }
        if (end.sessions() > start.sessions()) {
            problems.add("sessions grew " + start.sessions() + " → " + end.sessions());
        }
        if (end.databaseConnections() > Math.max(start.databaseConnections(), poolMax)) {
            problems.add("database connections grew beyond the pool: " + start.databaseConnections() + " → "
                    + end.databaseConnections());
        }
        if (end.threads() > start.threads() + 20) {
            problems.add("threads grew " + start.threads() + " → " + end.threads());
        }
        long heapDrift = end.heapAfterGcBytes() - start.heapAfterGcBytes();
        if (heapDrift > 64L * 1024 * 1024) {
            problems.add("heap after GC grew by " + heapDrift / (1024 * 1024) + " MB");
        }
        REPORT.soak(
                start,
                end,
                String.format(
                        Locale.ROOT,
                        "%d requests in %d s (%s) after a %d s warm-up.%s",
                        requests,
                        MODE.soak().toSeconds(),
                        new TreeMap<>(statuses),
                        MODE.soakWarmUp().toSeconds(),
                        problems.isEmpty() ? "" : " Problems: " + String.join("; ", problems)));
        assertThat(problems).as("the soak (start %s, end %s)", start, end).isEmpty();
    }

    /** What the server logged as unexpected failures since {@code POST it/log}, to say why a 5xx came. */
    private String serverFailures() {
        List<String> failures = call("GET", "it/log", null)
                .body()
                .lines()
                .filter(line -> line.contains("Unexpected failure"))
                .distinct()
                .limit(3)
                .toList();
        return failures.isEmpty() ? "" : " (the server logged: " + String.join(" || ", failures) + ")";
    }

    /**
     * Two readers of pages and API, one API writer and one form writer, for {@code duration}; each
     * writer removes what it creates, so the catalogue ends as it began.
     */
    private void runLoad(PageClient pageWriter, Duration duration, Tally tally) throws InterruptedException {
        long until = System.nanoTime() + duration.toNanos();
        long movie = Json.parse(call("GET", "api/movies?size=100", null).body()).each("items").stream()
                .filter(m -> "Furious 7".equals(m.string("title")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No Furious 7 in the sample catalogue"))
                .longValue("id");
        long actor = actorIds().get(0);
        List<String> reads = List.of(
                "",
                "movies",
                "actors",
                "movies/" + movie,
                "actors/" + actor,
                "api/movies",
                "api/actors?city=glendale",
                "api/movies/" + movie,
                "movies?q=furious&sort=-releaseDate");
        ExecutorService load = Executors.newFixedThreadPool(4);
        AtomicInteger cycle = new AtomicInteger();
        List<Callable<Void>> workers = List.of(
                () -> {
                    while (System.nanoTime() < until) {
                        String read = reads.get(ThreadLocalRandom.current().nextInt(reads.size()));
                        tally.seen("GET " + read, call("GET", read, null).statusCode());
                        pause(10);
                    }
                    return null;
                },
                () -> {
                    while (System.nanoTime() < until) {
                        String read = reads.get(ThreadLocalRandom.current().nextInt(reads.size()));
                        tally.seen("GET " + read, call("GET", read, null).statusCode());
                        pause(10);
                    }
                    return null;
                },
                () -> {
                    while (System.nanoTime() < until) {
                        apiCycle(cycle.incrementAndGet(), tally);
                        pause(10);
                    }
                    return null;
                },
                () -> {
                    while (System.nanoTime() < until) {
                        formCycle(pageWriter, cycle.incrementAndGet(), tally);
                        pause(10);
                    }
                    return null;
                });
        try {
            for (Future<Void> f : load.invokeAll(workers)) {
                f.get();
            }
        } catch (ExecutionException e) {
            tally.failed(String.valueOf(e.getCause()));
        } finally {
            load.shutdownNow();
        }
    }

    private void apiCycle(int n, Tally tally) {
        HttpResponse<String> created = call(
                "POST",
                "api/movies",
                "{\"title\":\"Soak movie " + n + "\",\"releaseDate\":\"1990-01-01\",\"castIds\":[]}");
        if (tally.seen("POST api/movies", created.statusCode()) != 201) {
            tally.failed("creating a movie: " + created.statusCode());
            return;
        }
        long id = Json.parse(created.body()).longValue("id");
        int changed = tally.seen(
                "PUT api/movies/{id}",
                call(
                                "PUT",
                                "api/movies/" + id,
                                "{\"title\":\"Soak movie " + n
                                        + " (changed)\",\"releaseDate\":\"1990-01-02\",\"version\":0}")
                        .statusCode());
        HttpResponse<String> actor = call("POST", "api/actors", "{\"name\":\"Soak actor " + n + "\"}");
        if (tally.seen("POST api/actors", actor.statusCode()) == 201) {
            long actorId = Json.parse(actor.body()).longValue("id");
            tally.seen(
                    "POST api/actors/{id}/contacts",
                    call(
                                    "POST",
                                    "api/actors/" + actorId + "/contacts",
                                    "{\"phoneNumber\":\"555 " + n + "\",\"address\":\"Soak Street " + n + "\"}")
                            .statusCode());
            tally.seen(
                    "PUT api/actors/{id}/stuntman",
                    call(
                                    "PUT",
                                    "api/actors/" + actorId + "/stuntman",
                                    "{\"name\":\"Soak double " + n + "\",\"active\":true}")
                            .statusCode());
            tally.seen(
                    "PUT api/movies/{id}/actors/{actorId}",
                    call("PUT", "api/movies/" + id + "/actors/" + actorId, null).statusCode());
            if (tally.seen(
                            "DELETE api/actors/{id}",
                            call("DELETE", "api/actors/" + actorId, null).statusCode())
                    != 204) {
                tally.failed("deleting an actor");
            }
        } else {
            tally.failed("creating an actor: " + actor.statusCode());
        }
        int deleted = tally.seen(
                "DELETE api/movies/{id}",
                call("DELETE", "api/movies/" + id, null).statusCode());
        if (changed != 200 || deleted != 204) {
            tally.failed("changing or deleting a movie: " + changed + ", " + deleted);
        }
    }

    private void formCycle(PageClient client, int n, Tally tally) {
        PageClient.Reply form = client.get("actors/new");
        if (tally.seen("GET actors/new", form.status()) != 200) {
            tally.failed("the new-actor form: " + form.status());
            return;
        }
        PageClient.Reply created = client.submit(
                form,
                "form.record-form",
                f -> f.set("name", "Soak form actor " + n).set("birthday", "1980-02-02"));
        if (tally.seen("POST actors", created.status()) != 303) {
            tally.failed("creating an actor with the form: " + created.status());
            return;
        }
        String path = URI.create(created.location()).getPath();
        String id = path.substring(path.lastIndexOf('/') + 1);
        PageClient.Reply edit = client.get("actors/" + id + "/edit");
        if (tally.seen("GET actors/{id}/edit", edit.status()) == 200) {
            PageClient.Reply saved =
                    client.submit(edit, "form.record-form", f -> f.set("name", "Soak form actor " + n + "b"));
            if (tally.seen("POST actors/{id}", saved.status()) != 303) {
                tally.failed("editing an actor with the form: " + saved.status());
            }
        } else {
            tally.failed("the edit-actor form: " + edit.status());
        }
        PageClient.Reply confirm = client.get("actors/" + id + "/delete");
        int deleted = tally.seen("GET actors/{id}/delete", confirm.status()) == 200
                ? tally.seen(
                        "POST actors/{id}/delete",
                        client.submit(confirm, "form.actions", f -> {}).status())
                : confirm.status();
        if (deleted != 303) {
            tally.failed("deleting an actor with the form: " + deleted);
            call("DELETE", "api/actors/" + id, null); // so that the catalogue ends as it began
        }
    }

    /** The soak's answers by status, and what went wrong (every 5xx with the request that got it). */
    private static final class Tally {

        final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        final List<String> failures = Collections.synchronizedList(new ArrayList<>());

        int seen(String what, int status) {
            statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            if (status >= 500 || status == 0) {
                failures.add(what + ": " + status);
            }
            return status;
        }

        void failed(String what) {
            failures.add(what);
        }

        int requests() {
            return statuses.values().stream().mapToInt(AtomicInteger::get).sum();
        }
    }

    private Gauges gauges() {
        Json json = Json.parse(call("GET", "it/runtime", null).body());
        return new Gauges(
                json.longValue("heapAfterGcBytes"),
                json.longValue("databaseConnections"),
                json.longValue("sessions"),
                json.longValue("threads"));
    }

    // --- What the issue says besides refusals --------------------------------------------------

    @Test
    void theStuntmanFormStoresInactiveForActiveFalseOrOff() {
        PageClient editor = PageClient.signedInEditor(base);
        long actor = actorIds().get(0);
        for (String value : List.of("false", "off")) {
            PageClient.Reply page = editor.get("actors/" + actor);
            PageClient.Reply saved = editor.submit(
                    page,
                    "#stuntman-form",
                    f -> f.set("stuntmanName", "Double " + value).set("stuntmanActive", value));
            assertThat(saved.status())
                    .as("saving with stuntmanActive=%s", value)
                    .isEqualTo(303);
            Json stuntman = Json.parse(
                    call("GET", "api/actors/" + actor + "/stuntman", null).body());
            assertThat(stuntman.string("name")).isEqualTo("Double " + value);
            assertThat(stuntman.bool("active"))
                    .as("active after stuntmanActive=%s", value)
                    .isFalse();
        }
    }

    @Test
    void textIsStoredNfcNormalisedThroughTheFormsAndTheApi() {
        String decomposed = "Ame\u0301lie and Zoe\u0308";
        String composed = Normalizer.normalize(decomposed, Normalizer.Form.NFC);
        HttpResponse<String> created = call(
                "POST",
                "api/movies",
                "{\"title\":\"" + decomposed + "\",\"releaseDate\":\"2001-04-25\",\"castIds\":[]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(Json.parse(created.body()).string("title")).isEqualTo(composed);

        PageClient editor = PageClient.signedInEditor(base);
        PageClient.Reply saved = editor.submit(
                editor.get("actors/new"),
                "form.record-form",
                f -> f.set("name", "Bjo\u0308rk Gudmundsdo\u0301ttir").set("birthday", "1965-11-21"));
        assertThat(saved.status()).isEqualTo(303);
        String path = URI.create(saved.location()).getPath();
        String name = Json.parse(call("GET", "api/actors/" + path.substring(path.lastIndexOf('/') + 1), null)
                        .body())
                .string("name");
        assertThat(name).isEqualTo(Normalizer.normalize("Bjo\u0308rk Gudmundsdo\u0301ttir", Normalizer.Form.NFC));
    }

    // --- Helpers ------------------------------------------------------------------------------

    private long createMovie(String title, LocalDate date, List<Long> cast) {
        HttpResponse<String> created = call(
                "POST",
                "api/movies",
                "{\"title\":\"" + title + "\",\"releaseDate\":\"" + date + "\",\"castIds\":" + cast + "}");
        assertThat(created.statusCode())
                .as("creating %s: %s", title, created.body())
                .isEqualTo(201);
        return Json.parse(created.body()).longValue("id");
    }

    /** The sample actors' ids, in name order. */
    private List<Long> actorIds() {
        return Json.parse(call("GET", "api/actors?size=100&sort=name", null).body())
                .longs("items.id");
    }

    /** A request with the editor's bearer token (and a JSON body when given, and these header names and values). */
    private HttpResponse<String> call(String method, String path, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(contextRoot() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void resetCatalogue() {
        assertThat(call("POST", "it/catalog/reset", null).statusCode()).isEqualTo(204);
    }

    private Map<String, Object> counts() {
        return Json.parse(call("GET", "it/catalog/counts", null).body()).map("");
    }

    /** Every table's row count and hash, as the servlet writes them (always in the same order). */
    private String fingerprint() {
        HttpResponse<String> answer = call("GET", "it/catalog/fingerprint", null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    /** Which tables differ and how their row counts moved. */
    private static String difference(String beforeJson, String afterJson) {
        Map<String, Object> before = Json.parse(beforeJson).map("");
        Map<String, Object> after = Json.parse(afterJson).map("");
        Map<String, String> changed = new LinkedHashMap<>();
        before.forEach((table, print) -> {
            if (!print.equals(after.get(table))) {
                Object rowsBefore = ((Map<?, ?>) print).get("rows");
                Object rowsAfter = after.get(table) instanceof Map<?, ?> m ? m.get("rows") : null;
                changed.put(
                        table,
                        rowsBefore.equals(rowsAfter) ? "rows changed" : rowsBefore + " → " + rowsAfter + " rows");
            }
        });
        return changed.toString();
    }

    private String contextRoot() {
        String url = base.toExternalForm();
        return url.endsWith("/") ? url : url + "/";
    }

    private String contextPath() {
        return URI.create(contextRoot()).getPath();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
