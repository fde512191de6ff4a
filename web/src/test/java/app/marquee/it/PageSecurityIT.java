package app.marquee.it;

import static org.assertj.core.api.Assertions.assertThat;

import app.marquee.account.Account;
import app.marquee.account.AccountRepository;
import app.marquee.account.Role;
import app.marquee.actor.ActorRepository;
import app.marquee.it.PageClient.Reply;
import app.marquee.movie.MovieRepository;
import app.marquee.movie.MovieSearch;
import app.marquee.paging.PageRequest;
import app.marquee.web.security.ResponseHardening;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signing in, accounts, personal API tokens, and what every answer carries, inside Payara Micro on
 * PostgreSQL over HTTP: reading stays public and session-free; every form and every write needs a
 * signed-in editor; admins manage accounts; guessing is throttled; sessions, cookies, headers and
 * redirects are safe.
 */
@ExtendWith(ArquillianExtension.class)
class PageSecurityIT {

    @Deployment
    static WebArchive deployment() {
        return UiTests.deployment(PageSecurityIT.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    CatalogFixture fixture;

    @Inject
    MovieRepository movies;

    @Inject
    ActorRepository actors;

    @Inject
    AccountRepository accounts;

    @BeforeEach
    void sampleCatalog() {
        fixture.resetToSampleCatalog();
        TestAccounts.ensureEditor(base);
    }

    private long actorId(String name) {
        return actors.findByName(name).orElseThrow().getId();
    }

    private long movieId(String title) {
        return movies.search(new MovieSearch(title, null, null, null), PageRequest.first()).items().stream()
                .filter(m -> m.title().equals(title))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /** A fresh account name, so tests never share an account's state. */
    private static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String context() {
        return base.getPath().endsWith("/")
                ? base.getPath().substring(0, base.getPath().length() - 1)
                : base.getPath();
    }

    // --- reading stays public and session-free ------------------------------------------------

    @Test
    void anonymousReadsSetNoCookieAndShowNoEditControls() {
        PageClient visitor = new PageClient(base);
        long bourne = movieId("The Bourne Identity");
        for (String path : List.of(
                "",
                "movies",
                "movies/" + bourne,
                "actors",
                "actors?city=glendale",
                "movies/999999",
                "no-such-page",
                "css/marquee.css",
                "api/movies",
                "signin-nowhere")) {
            Reply reply = visitor.get(path);
            assertThat(reply.headers().allValues("Set-Cookie"))
                    .as("Set-Cookie on GET /" + path)
                    .isEmpty();
        }
        Reply movie = visitor.get("movies/" + bourne);
        assertThat(movie.doc().select("a[href$=/edit], a[href$=/delete], form[method=post]"))
                .isEmpty();
        assertThat(movie.text("#signin-link")).isEqualTo("Sign in");
        Reply list = visitor.get("movies");
        assertThat(list.doc().select("a[href$=/movies/new]")).isEmpty();
        Reply actor = visitor.get("actors/" + actorId("Dwayne Johnson"));
        assertThat(actor.doc().select("#contact-form, #stuntman-form, td.row-actions"))
                .isEmpty();
        assertThat(visitor.cookie("JSESSIONID")).isNull();
    }

    @Test
    void aFlashCookieLeftFromAnEndedSessionNeitherBreaksAPageNorOpensASession() {
        PageClient returning = new PageClient(base);
        returning.keepCookie(
                "org.eclipse.krazo.redirect.Cookie", UUID.randomUUID().toString());
        Reply page = returning.get("movies");
        assertThat(page.status()).isEqualTo(200);
        assertThat(UiTests.titles(page)).hasSize(3);
        assertThat(returning.cookie("JSESSIONID")).isNull();

        PageClient editor = PageClient.signedInEditor(base);
        Reply out = editor.submit(editor.get("movies"), "form.signout", f -> {});
        assertThat(out.status()).isEqualTo(303);
        Reply after = editor.follow(out);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.text("#signin-link")).isEqualTo("Sign in");
    }

    @Test
    void everyKindOfAnswerCarriesTheSecurityHeadersAndNamesNoServerProduct() {
        PageClient editor = PageClient.signedInEditor(base);
        Map<String, Reply> answers = new java.util.LinkedHashMap<>();
        answers.put("page", editor.get("movies"));
        answers.put("form", editor.get("movies/new"));
        answers.put("api", editor.get("api/movies"));
        answers.put("api 404", editor.get("api/movies/999999"));
        answers.put("static", editor.get("css/marquee.css"));
        answers.put("404", editor.get("no-such-page"));
        answers.put("400", editor.get("movies/not-a-number"));
        answers.put("container 404", editor.get("WEB-INF/web.xml"));
        answers.put("redirect", new PageClient(base).get("movies/new"));
        answers.forEach((kind, reply) -> {
            assertThat(reply.header("Content-Security-Policy"))
                    .as(kind)
                    .isEqualTo(ResponseHardening.CONTENT_SECURITY_POLICY);
            assertThat(reply.header("X-Content-Type-Options")).as(kind).isEqualTo("nosniff");
            assertThat(reply.header("Referrer-Policy")).as(kind).isEqualTo("strict-origin-when-cross-origin");
            assertThat(reply.header("Server")).as(kind).isNull();
            assertThat(reply.header("X-Powered-By")).as(kind).isNull();
            assertThat(reply.body()).as(kind).doesNotContain("Payara").doesNotContain("GlassFish");
            // HSTS only when Marquee is told it is served over HTTPS (marquee.https), which it is not here.
            assertThat(reply.header("Strict-Transport-Security")).as(kind).isNull();
        });
        assertThat(answers.get("container 404").status()).isEqualTo(404);
        assertThat(answers.get("container 404").text("h1")).isEqualTo("Not found");
        assertThat(answers.get("form").header("Cache-Control")).isEqualTo("no-store");
    }

    // --- where a visitor is sent ---------------------------------------------------------------

    @Test
    void anEditLinkSendsAVisitorToSignInAndBackToTheFormAfterwards() {
        long bourne = movieId("The Bourne Identity");
        PageClient visitor = new PageClient(base);
        Reply sent = visitor.get("movies/" + bourne + "/edit");
        assertThat(sent.status()).isEqualTo(303);
        assertThat(sent.redirectPath(visitor.resolve(""))).isEqualTo("/signin?next=%2Fmovies%2F" + bourne + "%2Fedit");

        Reply form = visitor.follow(sent);
        assertThat(form.value("input[name=next]")).isEqualTo("/movies/" + bourne + "/edit");
        Reply signedIn = visitor.submit(
                form,
                "#signin-form",
                f -> f.set("username", TestAccounts.EDITOR).set("password", TestAccounts.EDITOR_PASSWORD));
        assertThat(signedIn.status()).isEqualTo(303);
        assertThat(signedIn.redirectPath(visitor.resolve(""))).isEqualTo("/movies/" + bourne + "/edit");
        Reply edit = visitor.follow(signedIn);
        assertThat(edit.status()).isEqualTo(200);
        assertThat(edit.value("#title")).isEqualTo("The Bourne Identity");
    }

    @Test
    void aFormPostedWithoutSigningInComesBackToThePageItWasOnAfterSigningIn() throws Exception {
        long bourne = movieId("The Bourne Identity");
        HttpResponse<String> posted = Http.client()
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(TestAccounts.root(base) + "movies/" + bourne + "/delete"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("Referer", TestAccounts.root(base) + "movies/" + bourne + "/delete")
                                .POST(HttpRequest.BodyPublishers.ofString("_csrf=x"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(posted.headers().firstValue("Location").orElseThrow())
                .isEqualTo(context() + "/signin?next=%2Fmovies%2F" + bourne + "%2Fdelete");
        assertThat(movies.count()).isEqualTo(3);
    }

    @Test
    void anOffSiteAddressToGoToAfterSigningInIsIgnored() {
        for (String next : List.of(
                "//evil.example/x",
                "https://evil.example/",
                "/\\evil.example",
                "/\r\nSet-Cookie: x=1",
                "javascript:alert(1)")) {
            PageClient visitor = new PageClient(base);
            Reply form = visitor.get("signin?next=" + java.net.URLEncoder.encode(next, StandardCharsets.UTF_8));
            Reply signedIn = visitor.submit(
                    form,
                    "#signin-form",
                    f -> f.set("username", TestAccounts.EDITOR)
                            .set("password", TestAccounts.EDITOR_PASSWORD)
                            .set("next", next));
            assertThat(signedIn.status()).as(next).isEqualTo(303);
            assertThat(signedIn.header("Location")).as(next).isEqualTo(context() + "/");
        }
    }

    // --- who may write ---------------------------------------------------------------------------

    @Test
    void anonymousPostsToEveryFormAreSentToSignInAndChangeNothing() {
        long bourne = movieId("The Bourne Identity");
        long actor = actorId("Dwayne Johnson");
        long contact = actors.getProfile(actor).getContactDetails().get(0).getId();
        Map<String, Long> before = counts();
        PageClient visitor = new PageClient(base);
        List<String> forms = List.of(
                "movies",
                "movies/" + bourne,
                "movies/" + bourne + "/delete",
                "actors",
                "actors/" + actor,
                "actors/" + actor + "/delete",
                "actors/" + actor + "/contacts",
                "actors/" + actor + "/contacts/" + contact,
                "actors/" + actor + "/contacts/" + contact + "/delete",
                "actors/" + actor + "/stuntman",
                "actors/" + actor + "/stuntman/delete",
                "admin/accounts",
                "admin/accounts/1/role",
                "admin/accounts/1/status",
                "admin/accounts/1/password",
                "account/password",
                "account/tokens",
                "account/tokens/1/revoke");
        for (String form : forms) {
            Reply reply = visitor.post(
                    form,
                    List.of(
                            Map.entry("title", "Forged"),
                            Map.entry("name", "Forged"),
                            Map.entry("username", "forged"),
                            Map.entry("role", "admin"),
                            Map.entry("enabled", "false"),
                            Map.entry("password", "forged password 123")));
            assertThat(reply.status()).as("POST /" + form).isEqualTo(303);
            assertThat(reply.header("Location")).as("POST /" + form).startsWith(context() + "/signin?next=");
        }
        assertThat(counts()).isEqualTo(before);
        assertThat(visitor.cookie("JSESSIONID")).isNull();
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (String table :
                List.of("movies", "actors", "movies_actors", "contact_details", "stuntmen", "accounts", "api_tokens")) {
            counts.put(table, fixture.count(table));
        }
        return counts;
    }

    @Test
    void anEditorCannotManageAccounts() {
        PageClient editor = PageClient.signedInEditor(base);
        long before = accounts.count();
        Reply list = editor.get("admin/accounts");
        assertThat(list.status()).isEqualTo(403);
        assertThat(list.text(".error-page")).contains("Only an admin can manage accounts");
        Reply create = editor.post(
                "admin/accounts",
                List.of(
                        Map.entry("username", "sneaky"),
                        Map.entry("role", "admin"),
                        Map.entry("password", "a long enough password")));
        assertThat(create.status()).isEqualTo(403);
        assertThat(accounts.count()).isEqualTo(before);
        assertThat(editor.get("movies").doc().select("a[href$=/admin/accounts]"))
                .isEmpty();
    }

    // --- signing in ------------------------------------------------------------------------------

    @Test
    void aWrongPasswordAndAnUnknownAccountGetTheSameAnswer() {
        PageClient visitor = new PageClient(base);
        Reply wrong = visitor.submit(
                visitor.get("signin"),
                "#signin-form",
                f -> f.set("username", TestAccounts.EDITOR).set("password", "not the password"));
        Reply unknown = visitor.submit(
                visitor.get("signin"),
                "#signin-form",
                f -> f.set("username", fresh("nobody")).set("password", "not the password"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.text("#signin-failure"))
                .isEqualTo(unknown.text("#signin-failure"))
                .isEqualTo("The account name or password is not right.");
        assertThat(wrong.value("#username")).isEqualTo(TestAccounts.EDITOR);
        assertThat(wrong.value("#password")).isEmpty();
    }

    @Test
    void fiveFailedSignInsLockTheAccountNameForFifteenMinutesKnownOrNot() {
        String name = fresh("it-lock");
        TestAccounts.ensure(base, name, "the right password 1", "editor");
        for (String account : List.of(name, fresh("unknown"))) {
            PageClient visitor = new PageClient(base);
            for (int i = 1; i <= 4; i++) {
                Reply failed = visitor.submit(
                        visitor.get("signin"),
                        "#signin-form",
                        f -> f.set("username", account).set("password", "wrong"));
                assertThat(failed.status()).as("failure " + account).isEqualTo(401);
            }
            Reply fifth = visitor.submit(
                    visitor.get("signin"),
                    "#signin-form",
                    f -> f.set("username", account).set("password", "wrong"));
            assertThat(fifth.status()).isEqualTo(429);
            assertThat(fifth.text("#signin-failure")).contains("paused for 15 minutes");
            assertThat(fifth.header("Retry-After")).isNotNull();
        }
        PageClient owner = new PageClient(base);
        Reply rightButLocked = owner.submit(
                owner.get("signin"),
                "#signin-form",
                f -> f.set("username", name).set("password", "the right password 1"));
        assertThat(rightButLocked.status()).isEqualTo(429);
    }

    @Test
    void signingInGivesANewSessionIdInACookieScriptsCannotReadNorOtherSitesSend() {
        PageClient visitor = new PageClient(base);
        Reply form = visitor.get("signin");
        String cookie = form.header("Set-Cookie");
        assertThat(cookie)
                .contains("JSESSIONID=")
                .contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax")
                .doesNotContain("Secure");
        String before = visitor.cookie("JSESSIONID");
        Reply signedIn = visitor.submit(
                form,
                "#signin-form",
                f -> f.set("username", TestAccounts.EDITOR).set("password", TestAccounts.EDITOR_PASSWORD));
        assertThat(signedIn.status()).isEqualTo(303);
        assertThat(visitor.cookie("JSESSIONID")).isNotNull().isNotEqualTo(before);
        Reply flashCookie = signedIn;
        assertThat(flashCookie.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c)
                        .startsWith("org.eclipse.krazo.redirect.Cookie=")
                        .contains("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void signingOutIsAPostWithTheTokenAndEndsTheSession() {
        PageClient editor = PageClient.signedInEditor(base);
        Reply page = editor.get("movies");
        assertThat(editor.post("signout", List.of()).status()).isEqualTo(403);
        assertThat(editor.get("movies/new").status()).isEqualTo(200);
        Reply out = editor.submit(page, "form.signout", f -> {});
        assertThat(out.status()).isEqualTo(303);
        assertThat(editor.get("movies/new").status()).isEqualTo(303);
        assertThat(editor.get("movies").text("#signin-link")).isEqualTo("Sign in");
    }

    @Test
    void aSessionIdInTheAddressIsNeverJoined() {
        PageClient editor = PageClient.signedInEditor(base);
        String session = editor.cookie("JSESSIONID");
        Reply hijack = new PageClient(base).get("movies/new;jsessionid=" + session);
        assertThat(hijack.status()).isEqualTo(400);
        assertThat(hijack.doc().select("form.record-form")).isEmpty();
        assertThat(hijack.text("h1")).isEqualTo("Bad request");
    }

    @Test
    void aForeignHostHeaderIsNeverReflectedInARedirect() throws IOException {
        String answer =
                raw("GET " + context() + "/movies/new HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 303");
        assertThat(answer).doesNotContain("evil.example").contains("Location: " + context() + "/signin?next=");
    }

    /** Sends a request as written, with the Host header a test chooses (Java's HTTP client will not). */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            in.transferTo(received);
            return received.toString(StandardCharsets.ISO_8859_1);
        }
    }

    // --- accounts ---------------------------------------------------------------------------------

    @Test
    void passwordsAreStoredOnlyAsSaltedSlowHashes() {
        String other = fresh("it-same");
        TestAccounts.ensure(base, other, TestAccounts.EDITOR_PASSWORD, "editor");
        String stored = storedPassword(TestAccounts.EDITOR);
        assertThat(stored).startsWith("PBKDF2WithHmacSHA512:210000:").doesNotContain(TestAccounts.EDITOR_PASSWORD);
        assertThat(storedPassword(other)).isNotEqualTo(stored);
    }

    private String storedPassword(String username) {
        try {
            return Http.client()
                    .build()
                    .send(
                            HttpRequest.newBuilder(URI.create(
                                            TestAccounts.root(base) + "it/accounts/" + username + "/stored-password"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theFirstAdminComesFromTheEnvironment() {
        Account admin = accounts.findByUsername(TestAccounts.ADMIN).orElseThrow();
        assertThat(admin.isAdmin()).isTrue();
        assertThat(admin.isEnabled()).isTrue();
        assertThat(PageClient.signedInAdmin(base).get("admin/accounts").text("#accounts"))
                .contains(TestAccounts.ADMIN);
    }

    @Test
    void anAdminCreatesAnEditorWhoCanSignInUntilDisabled() {
        PageClient admin = PageClient.signedInAdmin(base);
        String name = fresh("it-new");
        Reply list = admin.get("admin/accounts");
        Reply weak =
                admin.submit(list, "#account-form", f -> f.set("username", name).set("password", "short"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.fieldError("password")).contains("at least 12");
        Reply created = admin.submit(
                list,
                "#account-form",
                f -> f.set("username", name).set("role", "editor").set("password", "initial password 42"));
        assertThat(created.status()).isEqualTo(303);
        assertThat(admin.follow(created).flash()).contains(name);
        Reply duplicate = admin.submit(
                list,
                "#account-form",
                f -> f.set("username", name.toUpperCase())
                        .set("role", "editor")
                        .set("password", "initial password 42"));
        assertThat(duplicate.fieldError("username")).contains("exists already");

        PageClient newcomer = new PageClient(base);
        newcomer.signIn(name, "initial password 42");
        assertThat(newcomer.get("movies/new").status()).isEqualTo(200);

        long id = accounts.findByUsername(name).orElseThrow().getId();
        Reply page = admin.get("admin/accounts/" + id);
        Reply disabled = admin.submit(page, "#status-form", f -> {});
        assertThat(disabled.status()).isEqualTo(303);
        assertThat(accounts.findByUsername(name).orElseThrow().isEnabled()).isFalse();
        assertThat(newcomer.get("movies/new").status())
                .as("the disabled account's session has ended")
                .isEqualTo(303);
        PageClient again = new PageClient(base);
        Reply refused = again.submit(
                again.get("signin"),
                "#signin-form",
                f -> f.set("username", name).set("password", "initial password 42"));
        assertThat(refused.status()).isEqualTo(401);
        Reply listed = admin.get("admin/accounts");
        assertThat(listed.text("#accounts")).contains(name + " editor disabled");
    }

    @Test
    void theLastEnabledAdminCanBeNeitherDemotedNorDisabled() {
        PageClient admin = PageClient.signedInAdmin(base);
        accounts.all().stream()
                .filter(a -> a.isAdmin() && !a.getUsername().equals(TestAccounts.ADMIN))
                .forEach(a -> accounts.changeLevel(a.getId(), Role.EDITOR));
        long id = accounts.findByUsername(TestAccounts.ADMIN).orElseThrow().getId();
        Reply page = admin.get("admin/accounts/" + id);
        Reply demote = admin.submit(page, "#role-form", f -> f.set("role", "editor"));
        assertThat(demote.status()).isEqualTo(409);
        assertThat(demote.text("#refusal")).contains("last enabled admin");
        Reply disable = admin.submit(page, "#status-form", f -> {});
        assertThat(disable.status()).isEqualTo(409);
        Account stillAdmin = accounts.findByUsername(TestAccounts.ADMIN).orElseThrow();
        assertThat(stillAdmin.isAdmin()).isTrue();
        assertThat(stillAdmin.isEnabled()).isTrue();

        String second = fresh("it-second");
        TestAccounts.ensure(base, second, "second admin password", "admin");
        long secondId = accounts.findByUsername(second).orElseThrow().getId();
        Reply demoted =
                admin.submit(admin.get("admin/accounts/" + secondId), "#role-form", f -> f.set("role", "editor"));
        assertThat(demoted.status()).isEqualTo(303);
        assertThat(accounts.findByUsername(second).orElseThrow().isAdmin()).isFalse();
    }

    @Test
    void changingYourOwnPasswordNeedsTheCurrentOneAndAStrongNewOne() {
        String name = fresh("it-pw");
        TestAccounts.ensure(base, name, "the first password", "editor");
        PageClient me = new PageClient(base);
        me.signIn(name, "the first password");
        Reply page = me.get("account");
        assertThat(page.text("#account-name")).isEqualTo(name);
        Reply wrongCurrent = me.submit(
                page,
                "#password-form",
                f -> f.set("currentPassword", "guess")
                        .set("newPassword", "a brand new password")
                        .set("repeatPassword", "a brand new password"));
        assertThat(wrongCurrent.status()).isEqualTo(400);
        assertThat(wrongCurrent.fieldError("currentPassword")).isEqualTo("This is not your current password.");
        Reply tooShort = me.submit(
                page,
                "#password-form",
                f -> f.set("currentPassword", "the first password")
                        .set("newPassword", "short")
                        .set("repeatPassword", "short"));
        assertThat(tooShort.fieldError("newPassword")).contains("at least 12");
        Reply withName = me.submit(
                page,
                "#password-form",
                f -> f.set("currentPassword", "the first password")
                        .set("newPassword", name + " is my password")
                        .set("repeatPassword", name + " is my password"));
        assertThat(withName.fieldError("newPassword")).contains("account name");
        Reply changed = me.submit(
                page,
                "#password-form",
                f -> f.set("currentPassword", "the first password")
                        .set("newPassword", "a brand new password")
                        .set("repeatPassword", "a brand new password"));
        assertThat(changed.status()).isEqualTo(303);
        assertThat(me.get("movies/new").status()).as("still signed in").isEqualTo(200);
        new PageClient(base).signIn(name, "a brand new password");
        PageClient old = new PageClient(base);
        assertThat(old.submit(
                                old.get("signin"),
                                "#signin-form",
                                f -> f.set("username", name).set("password", "the first password"))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void theDemoBannerShowsWhileADemoPasswordIsInUse() {
        String demo = fresh("it-demo");
        // Only this test's demo account may have a demo password, whatever earlier runs left behind.
        accounts.all().stream()
                .filter(a -> a.hasDemoPassword() && a.isEnabled() && !a.isAdmin())
                .forEach(a -> accounts.setEnabled(a.getId(), false));
        try {
            Http.client()
                    .build()
                    .send(
                            HttpRequest.newBuilder(URI.create(TestAccounts.root(base) + "it/accounts/demo"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString("username=" + demo))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        assertThat(new PageClient(base).get("movies").text("#demo-banner")).contains("Demo accounts are open");
        PageClient me = new PageClient(base);
        me.signIn(demo, demo);
        Reply page = me.get("account");
        assertThat(page.text("#demo-password-note")).contains("demo password");
        me.submit(
                page,
                "#password-form",
                f -> f.set("currentPassword", demo)
                        .set("newPassword", "no longer the demo password")
                        .set("repeatPassword", "no longer the demo password"));
        assertThat(new PageClient(base).get("movies").text("#demo-banner")).isNull();
    }

    // --- personal API tokens ----------------------------------------------------------------------

    @Test
    void aPersonalTokenWorksUntilRevokedOrItsAccountIsDisabled() {
        String name = fresh("it-tokens");
        TestAccounts.ensure(base, name, "token owner password", "editor");
        PageClient me = new PageClient(base);
        me.signIn(name, "token owner password");
        Reply page = me.get("account/tokens");
        assertThat(page.text(".empty")).contains("no tokens");
        Reply created = me.submit(
                page, "#token-form", f -> f.set("name", "import script").set("lifetime", "7d"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Cache-Control")).isEqualTo("no-store");
        String token = created.doc().selectFirst("#token-value").text();
        assertThat(token).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");

        assertThat(postMovie(token, "Heat").statusCode()).isEqualTo(201);
        Reply listed = me.get("account/tokens");
        assertThat(listed.text("#tokens"))
                .contains("import script")
                .contains("active")
                .doesNotContain(token);
        assertThat(listed.doc().select("#tokens td[data-label=Last used]").text())
                .isNotEqualTo("never");

        Reply revoked = me.submit(listed, "#tokens form", f -> {});
        assertThat(revoked.status()).isEqualTo(303);
        HttpResponse<String> refused = postMovie(token, "Heat 2");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("urn:marquee:problem:token-revoked");

        Reply second = me.submit(
                me.get("account/tokens"),
                "#token-form",
                f -> f.set("name", "second").set("lifetime", "1d"));
        String secondToken = second.doc().selectFirst("#token-value").text();
        long id = accounts.findByUsername(name).orElseThrow().getId();
        accounts.setEnabled(id, false);
        HttpResponse<String> disabled = postMovie(secondToken, "Heat 3");
        assertThat(disabled.statusCode()).isEqualTo(401);
        assertThat(disabled.body()).contains("urn:marquee:problem:account-disabled");
        assertThat(movies.count()).isEqualTo(4);
    }

    private HttpResponse<String> postMovie(String token, String title) {
        try {
            return Http.client()
                    .build()
                    .send(
                            HttpRequest.newBuilder(URI.create(TestAccounts.root(base) + "api/movies"))
                                    .header("Authorization", "Bearer " + token)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(
                                            "{\"title\": \"" + title + "\", \"castIds\": []}"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aTokenNeedsANameAndALifetimeFromTheList() {
        PageClient editor = PageClient.signedInEditor(base);
        Reply page = editor.get("account/tokens");
        Reply refused =
                editor.submit(page, "#token-form", f -> f.set("name", " ").set("lifetime", "forever"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.fieldError("name")).isNotBlank();
        assertThat(refused.text("#lifetime-error")).contains("lifetimes offered");
    }
}
