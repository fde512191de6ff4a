package app.marquee.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Whole journeys in a real headless Chromium (Debian's chromium and chromedriver) against Marquee
 * running in Payara Micro on PostgreSQL: the tutorial's four queries from the home page, a movie
 * created with two actors, edited and deleted, an actor with contacts and a stuntman, a validation
 * error, and a stale edit between two browser sessions. Screenshots of the main pages are saved in
 * {@code target/screenshots/}.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserJourneysIT {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.marquee(
                CatalogSupportServlet.class,
                CatalogFixture.class,
                AccountSupportServlet.class,
                AccountSupportServlet.Accounts.class);
    }

    @ArquillianResource
    URL base;

    final List<WebDriver> browsers = new ArrayList<>();
    final List<Path> profiles = new ArrayList<>();

    @BeforeAll
    static void browserInstalled() throws IOException {
        assertThat(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute())
                .as(
                        "the browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")
                .isTrue();
        Files.createDirectories(SCREENSHOTS);
    }

    @BeforeEach
    void sampleCatalogAndTheTestEditor() throws Exception {
        TestAccounts.ensureEditor(base);
        HttpResponse<Void> reset = Http.client()
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(url("it/catalog/reset")))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        assertThat(reset.statusCode()).isEqualTo(204);
    }

    @AfterEach
    void noPageBrokeTheContentSecurityPolicyAndTheBrowsersClose() throws IOException {
        List<String> violations = new ArrayList<>();
        for (WebDriver browser : browsers) {
            browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(LogEntry::getMessage)
                    .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                    .forEach(violations::add);
        }
        browsers.forEach(WebDriver::quit);
        assertThat(violations)
                .as("CSP violations reported in the browser console")
                .isEqualTo(List.of());
        for (Path profile : profiles) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** A new browser with its own profile, so two of them are two separate sessions. */
    WebDriver browser() throws IOException {
        return browser("en-US");
    }

    /** A new browser whose language (Accept-Language) is {@code language}, e.g. {@code de-DE}. */
    WebDriver browser(String language) throws IOException {
        Path profile = Files.createTempDirectory("marquee-chromium-");
        profiles.add(profile);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--accept-lang=" + language);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--lang=" + language,
                "--window-size=1280,1000",
                "--user-data-dir=" + profile);
        // The console, to find Content-Security-Policy violations after each journey.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // Each browser has its own chromedriver: quitting a driver stops the service it was given.
        // Naming the executable keeps Selenium Manager from looking for (and downloading) one.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        browsers.add(driver);
        return driver;
    }

    /** A browser signed in as the test editor, as every journey that changes something starts. */
    WebDriver editorBrowser() throws IOException {
        WebDriver browser = browser();
        signIn(browser, TestAccounts.EDITOR, TestAccounts.EDITOR_PASSWORD);
        assertThat(flash(browser)).isEqualTo("Signed in as " + TestAccounts.EDITOR + ".");
        return browser;
    }

    void signIn(WebDriver browser, String username, String password) {
        browser.get(url("signin"));
        fill(browser, "username", username);
        fill(browser, "password", password);
        press(browser, "Sign in");
    }

    String url(String path) {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        return root + path;
    }

    static WebElement find(WebDriver driver, By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    static List<String> texts(WebDriver driver, String css) {
        return driver.findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText)
                .map(String::strip)
                .toList();
    }

    static List<String> titles(WebDriver driver) {
        return texts(driver, "table.listing tbody td[data-label=Title]");
    }

    static List<String> names(WebDriver driver) {
        return texts(driver, "table.listing tbody td[data-label=Name]");
    }

    static String flash(WebDriver driver) {
        return find(driver, By.cssSelector(".flash")).getText();
    }

    /** Types into the field with this label, replacing what it held. */
    static void fill(WebDriver driver, String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a date input's value the way its date picker would (typing into it depends on the locale). */
    static void pickDate(WebDriver driver, String id, String isoDate) {
        ((JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'))",
                        driver.findElement(By.id(id)),
                        isoDate);
    }

    static void clickLabel(WebDriver driver, String text) {
        driver.findElement(By.xpath("//label[normalize-space()='" + text + "']"))
                .click();
    }

    /**
     * Clicks something that loads a new page and waits until the old page is gone, so that what the
     * test reads next (a flash message, say) comes from the new page.
     */
    static void navigateBy(WebDriver driver, WebElement target) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        target.click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            try {
                oldPage.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                // Stale, or chromedriver's "node does not belong to the document": the old page is gone.
                return true;
            }
        });
    }

    /** Clicks the visible button with this text (a form may also have a hidden default button). */
    static void press(WebDriver driver, String buttonText) {
        navigateBy(
                driver,
                driver.findElements(By.xpath("//button[normalize-space()='" + buttonText + "']")).stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .orElseThrow(
                                () -> new AssertionError("No button " + buttonText + " on " + driver.getCurrentUrl())));
    }

    static void follow(WebDriver driver, String linkText) {
        navigateBy(driver, driver.findElement(By.linkText(linkText)));
    }

    /** Saves the whole page as target/screenshots/{name}.png, at desktop or phone width. */
    static void screenshot(WebDriver driver, String name, int width) throws IOException {
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(width, before.getHeight()));
        long height = (Long) ((JavascriptExecutor) driver)
                .executeScript("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
        driver.manage().window().setSize(new Dimension(width, (int) Math.min(Math.max(height + 100, 700), 4000)));
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(before);
    }

    @Test
    void theTutorialsFourQueriesFromTheHomePageGiveTheSpecAnswers() throws IOException {
        WebDriver browser = browser();
        browser.get(url(""));
        assertThat(find(browser, By.id("movie-count")).getText()).isEqualTo("3");
        screenshot(browser, "home", 1280);

        follow(browser, "All movies");
        assertThat(titles(browser)).isEqualTo(List.of("Furious 7", "Pain & Gain", "The Bourne Identity"));
        assertThat(texts(browser, "table.listing tbody td[data-label=Released]"))
                .isEqualTo(List.of("2015-04-02", "2013-08-23", "2002-10-11"));
        assertThat(texts(browser, "table.listing tbody td[data-label=Cast]"))
                .as(browser.getPageSource())
                .isEqualTo(List.of("Dwayne Johnson", "Dwayne Johnson, Mark Wahlberg", "Matt Damon"));
        screenshot(browser, "movies", 1280);
        screenshot(browser, "movies-phone", 390);

        browser.navigate().back();
        follow(browser, "Movies released after 2015-01-01");
        assertThat(titles(browser)).isEqualTo(List.of("Furious 7"));

        browser.navigate().back();
        follow(browser, "Movies Dwayne Johnson starred in");
        assertThat(titles(browser)).isEqualTo(List.of("Pain & Gain", "Furious 7"));
        screenshot(browser, "movies-filtered", 1280);

        browser.navigate().back();
        follow(browser, "Actors with an address in Glendale");
        assertThat(names(browser)).isEqualTo(List.of("Dwayne Johnson", "Mark Wahlberg"));
        screenshot(browser, "actors-in-glendale", 1280);

        browser.get(url(""));
        fill(browser, "home-q", "bourne");
        press(browser, "Search movies");
        assertThat(titles(browser)).isEqualTo(List.of("The Bourne Identity"));
    }

    @Test
    void aMovieIsCreatedWithTwoActorsEditedAndDeleted() throws IOException {
        WebDriver browser = editorBrowser();
        browser.get(url("movies"));
        follow(browser, "Add a movie");
        fill(browser, "title", "The Departed");
        pickDate(browser, "releaseDate", "2006-10-06");
        clickLabel(browser, "Matt Damon");
        clickLabel(browser, "Mark Wahlberg");
        screenshot(browser, "movie-form", 1280);
        press(browser, "Save movie");

        assertThat(flash(browser)).isEqualTo("Movie “The Departed” saved.");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("The Departed");
        assertThat(texts(browser, "#cast td[data-label=Actor]")).isEqualTo(List.of("Mark Wahlberg", "Matt Damon"));
        screenshot(browser, "movie", 1280);

        follow(browser, "Edit movie");
        fill(browser, "title", "The Departed (2006)");
        clickLabel(browser, "Mark Wahlberg");
        fill(browser, "castSearch", "dwayne");
        press(browser, "Find actors");
        assertThat(texts(browser, "#cast-candidates label")).isEqualTo(List.of("Dwayne Johnson"));
        assertThat(browser.findElement(By.id("title")).getAttribute("value")).isEqualTo("The Departed (2006)");
        clickLabel(browser, "Dwayne Johnson");
        press(browser, "Save movie");

        assertThat(flash(browser)).isEqualTo("Movie “The Departed (2006)” saved.");
        assertThat(texts(browser, "#cast td[data-label=Actor]")).isEqualTo(List.of("Dwayne Johnson", "Matt Damon"));

        follow(browser, "Delete movie");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("The Departed (2006)");
        screenshot(browser, "movie-delete", 1280);
        press(browser, "Delete movie");
        assertThat(flash(browser)).isEqualTo("Movie “The Departed (2006)” deleted.");
        assertThat(titles(browser)).doesNotContain("The Departed (2006)");
        assertThat(titles(browser).size()).isEqualTo(3);
    }

    @Test
    void anActorIsCreatedWithTwoContactsAndAStuntmanAndOneContactIsRemoved() throws IOException {
        WebDriver browser = editorBrowser();
        browser.get(url("actors"));
        follow(browser, "Add an actor");
        fill(browser, "name", "Emily Blunt");
        pickDate(browser, "birthday", "1983-02-23");
        press(browser, "Save actor");
        assertThat(flash(browser)).isEqualTo("Actor “Emily Blunt” saved.");

        fill(browser, "phoneNumber", "310 555 0101");
        fill(browser, "address", "Brooklyn, NY");
        press(browser, "Add contact");
        assertThat(flash(browser)).isEqualTo("Contact “310 555 0101, Brooklyn, NY” added.");
        fill(browser, "phoneNumber", "310 555 0102");
        fill(browser, "address", "Glendale, CA");
        press(browser, "Add contact");
        fill(browser, "stuntmanName", "Jane Roe");
        press(browser, "Save stuntman");
        assertThat(flash(browser)).isEqualTo("Stuntman “Jane Roe” saved.");
        assertThat(texts(browser, "td[data-label=Address]")).isEqualTo(List.of("Brooklyn, NY", "Glendale, CA"));
        assertThat(browser.findElement(By.id("stuntman-current")).getText()).startsWith("Jane Roe active");
        screenshot(browser, "actor", 1280);
        screenshot(browser, "actor-phone", 390);

        navigateBy(browser, browser.findElement(By.cssSelector("a[aria-label^='Remove contact 310 555 0101']")));
        screenshot(browser, "contact-remove", 1280);
        press(browser, "Remove contact");
        assertThat(flash(browser)).isEqualTo("Contact “310 555 0101, Brooklyn, NY” removed.");
        assertThat(texts(browser, "td[data-label=Address]")).isEqualTo(List.of("Glendale, CA"));

        browser.get(url("actors?city=glendale"));
        assertThat(names(browser)).isEqualTo(List.of("Dwayne Johnson", "Emily Blunt", "Mark Wahlberg"));
        screenshot(browser, "actors", 1280);
    }

    @Test
    void aValidationErrorIsShownBesideTheFieldWithTheInputKept() throws IOException {
        WebDriver browser = editorBrowser();
        browser.get(url("actors/new"));
        fill(browser, "name", "Future Person");
        pickDate(browser, "birthday", LocalDate.now().plusYears(1).toString());
        press(browser, "Save actor");

        assertThat(find(browser, By.id("birthday-error")).getText()).isEqualTo("Birthday cannot be in the future.");
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("Future Person");
        assertThat(browser.findElement(By.id("birthday")).getAttribute("value"))
                .isEqualTo(LocalDate.now().plusYears(1).toString());
        assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Nothing was saved.");
        assertThat(browser.switchTo().activeElement().getAttribute("id"))
                .as("the keyboard focus starts on the error summary")
                .isEqualTo("error-summary");
        screenshot(browser, "actor-form-errors", 1280);

        browser.get(url("actors"));
        assertThat(names(browser)).doesNotContain("Future Person");
    }

    @Test
    void aStaleEditInOneSessionShowsAConflictWithTheOtherSessionsValues() throws IOException {
        WebDriver alice = editorBrowser();
        WebDriver bob = editorBrowser();
        for (WebDriver browser : List.of(alice, bob)) {
            browser.get(url("movies?q=furious"));
            follow(browser, "Furious 7");
            follow(browser, "Edit movie");
        }

        fill(alice, "title", "Furious Seven");
        press(alice, "Save movie");
        assertThat(flash(alice)).isEqualTo("Movie “Furious Seven” saved.");

        fill(bob, "title", "Fast & Furious 7");
        press(bob, "Save movie");
        String conflict = find(bob, By.id("conflict")).getText();
        assertThat(conflict).as(conflict).contains("Someone else saved this movie");
        assertThat(conflict).as(conflict).contains("Fast & Furious 7");
        assertThat(bob.findElement(By.id("title")).getAttribute("value")).isEqualTo("Furious Seven");
        screenshot(bob, "movie-conflict", 1280);

        alice.navigate().refresh();
        assertThat(alice.findElement(By.tagName("h1")).getText()).isEqualTo("Furious Seven");
    }

    @Test
    void twoEditorsEditAMovieBothShowInItsHistoryAndTheFirstVersionIsRestored() throws IOException {
        String second = "it-editor-history";
        String secondPassword = "second editor of the history journey";
        TestAccounts.ensure(base, second, secondPassword, "editor");
        WebDriver alice = editorBrowser();
        WebDriver bob = browser();
        signIn(bob, second, secondPassword);

        alice.get(url("movies?q=furious"));
        follow(alice, "Furious 7");
        follow(alice, "Edit movie");
        fill(alice, "title", "Furious Seven");
        press(alice, "Save movie");
        assertThat(flash(alice)).isEqualTo("Movie “Furious Seven” saved.");

        bob.get(alice.getCurrentUrl());
        follow(bob, "Edit movie");
        fill(bob, "title", "Fast Seven");
        press(bob, "Save movie");
        assertThat(flash(bob)).isEqualTo("Movie “Fast Seven” saved.");

        follow(bob, "History");
        List<String> who = bob.findElements(By.className("history-account")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(who).as("newest first, both editors").startsWith(second, TestAccounts.EDITOR);
        String changes = find(bob, By.id("history")).getText();
        assertThat(changes).contains("title: Furious Seven → Fast Seven", "title: Furious 7 → Furious Seven");
        screenshot(bob, "movie-history", 1280);

        // The first editor's version: the second entry, the first with a restore link.
        navigateBy(bob, bob.findElements(By.linkText("Restore this version")).get(0));
        assertThat(bob.findElement(By.id("title")).getAttribute("value")).isEqualTo("Furious Seven");
        assertThat(find(bob, By.id("restoring")).getText()).contains(TestAccounts.EDITOR);
        press(bob, "Save movie");
        assertThat(flash(bob)).isEqualTo("Movie “Furious Seven” saved.");
        assertThat(bob.findElement(By.tagName("h1")).getText()).isEqualTo("Furious Seven");
        follow(bob, "History");
        assertThat(bob.findElement(By.cssSelector(".history-entry .history-changes li"))
                        .getText())
                .as("the restore, newest")
                .isEqualTo("title: Fast Seven → Furious Seven");
        assertThat(bob.findElements(By.className("history-entry")))
                .as("three edits and the sample data")
                .hasSize(3 + 1);
    }

    @Test
    void aGermanBrowserGetsEveryPageAndMessageInGermanAndTheSwitchToEnglishSticks() throws IOException {
        Properties pages = bundle("app/marquee/web/i18n/pages_de.properties");
        Properties messages = bundle("app/marquee/web/i18n/messages_de.properties");
        Properties validation = new Properties();
        try (Reader reader = Files.newBufferedReader(
                Path.of("../domain/src/main/resources/ValidationMessages_de.properties"), StandardCharsets.UTF_8)) {
            validation.load(reader);
        }
        WebDriver browser = browser("de-DE");

        browser.get(url(""));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("de");
        assertThat(browser.findElement(By.id("languages")).getText()).contains("Deutsch", "English");
        follow(browser, pages.getProperty("layout.nav.movies"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(pages.getProperty("movies.list.title"));

        browser.get(url("signin"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(pages.getProperty("signin.title"));
        fill(browser, "username", TestAccounts.EDITOR);
        fill(browser, "password", TestAccounts.EDITOR_PASSWORD);
        press(browser, pages.getProperty("signin.submit"));
        assertThat(flash(browser)).isEqualTo(messages.getProperty("signin.done").replace("{0}", TestAccounts.EDITOR));

        browser.get(url("movies/new"));
        fill(browser, "title", " ");
        press(browser, pages.getProperty("movies.form.save"));
        assertThat(find(browser, By.id("title-error")).getText())
                .isEqualTo(validation.getProperty("movie.title.required"));
        fill(browser, "title", "Lola rennt");
        pickDate(browser, "releaseDate", "1998-08-20");
        press(browser, pages.getProperty("movies.form.save"));
        assertThat(flash(browser)).isEqualTo(messages.getProperty("movie.saved").replace("{0}", "Lola rennt"));
        assertThat(browser.findElement(By.cssSelector(".facts time")).getText())
                .as("a date for German readers")
                .isEqualTo("20.08.1998");
        screenshot(browser, "movie-german", 1280);

        browser.get(url("movies/999999"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang"))
                .as("the 404 page")
                .isEqualTo("de");

        browser.get(url("movies"));
        follow(browser, "English");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Movies");
        follow(browser, "Actors");
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .as("English sticks on the next page")
                .isEqualTo("Actors");
        assertThat(browser.manage().getCookieNamed("marquee-lang").getValue()).isEqualTo("en");
    }

    /** A bundle of the application's, read as the application reads it (UTF-8). */
    private static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", resource), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    // --- signing in ------------------------------------------------------------------------------

    @Test
    void aVisitorBrowsesWithoutEditControlsAndAnEditLinkLeadsThroughSignInToTheForm() throws IOException {
        WebDriver browser = browser();
        browser.get(url("movies?q=furious"));
        follow(browser, "Furious 7");
        assertThat(browser.findElements(By.linkText("Edit movie")))
                .as("no edit controls for a visitor")
                .isEmpty();
        assertThat(browser.findElements(By.linkText("Add a movie"))).isEmpty();
        String moviePage = browser.getCurrentUrl();
        screenshot(browser, "movie-anonymous", 1280);

        browser.get(moviePage + "/edit");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in");
        screenshot(browser, "signin", 1280);
        fill(browser, "username", TestAccounts.EDITOR);
        fill(browser, "password", TestAccounts.EDITOR_PASSWORD);
        press(browser, "Sign in");
        assertThat(browser.getCurrentUrl()).isEqualTo(moviePage + "/edit");
        assertThat(browser.findElement(By.id("title")).getAttribute("value")).isEqualTo("Furious 7");
    }

    @Test
    void aWrongPasswordIsRefusedAndFiveOfThemLockTheAccountForAWhile() throws IOException {
        String name = "it-browser-" + UUID.randomUUID().toString().substring(0, 8);
        TestAccounts.ensure(base, name, "right password here", "editor");
        WebDriver browser = browser();
        signIn(browser, name, "wrong password");
        assertThat(find(browser, By.id("signin-failure")).getText())
                .isEqualTo("The account name or password is not right.");
        assertThat(browser.findElement(By.id("username")).getAttribute("value")).isEqualTo(name);
        for (int i = 2; i <= 5; i++) {
            signIn(browser, name, "wrong password " + i);
        }
        String locked = find(browser, By.id("signin-failure")).getText();
        assertThat(locked).as(locked).contains("paused for 15 minutes");
        screenshot(browser, "signin-locked", 1280);
        signIn(browser, name, "right password here");
        assertThat(find(browser, By.id("signin-failure")).getText()).contains("paused");
    }

    @Test
    void signingOutEndsTheSession() throws IOException {
        WebDriver browser = editorBrowser();
        browser.get(url("movies"));
        press(browser, "Sign out");
        assertThat(browser.findElements(By.id("signin-link"))).isNotEmpty();
        browser.get(url("movies/new"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in");
    }

    @Test
    void anAdminCreatesAnEditorWhoEditsAMovieAndOnceDisabledCannotSignIn() throws IOException {
        String name = "it-hired-" + UUID.randomUUID().toString().substring(0, 8);
        WebDriver admin = browser();
        signIn(admin, TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
        follow(admin, "Accounts");
        fill(admin, "username", name);
        fill(admin, "password", "first day password");
        press(admin, "Create account");
        assertThat(flash(admin)).as(flash(admin)).contains(name);
        screenshot(admin, "admin-accounts", 1280);

        WebDriver editor = browser();
        signIn(editor, name, "first day password");
        editor.get(url("movies?q=bourne"));
        follow(editor, "The Bourne Identity");
        follow(editor, "Edit movie");
        fill(editor, "title", "The Bourne Identity (2002)");
        press(editor, "Save movie");
        assertThat(flash(editor)).isEqualTo("Movie “The Bourne Identity (2002)” saved.");

        follow(admin, name);
        press(admin, "Disable account");
        assertThat(flash(admin)).as(flash(admin)).contains("disabled");
        screenshot(admin, "admin-account", 1280);

        editor.get(url("movies/new"));
        assertThat(editor.findElement(By.tagName("h1")).getText())
                .as("the disabled account's session ended")
                .isEqualTo("Sign in");
        signIn(editor, name, "first day password");
        assertThat(find(editor, By.id("signin-failure")).getText())
                .isEqualTo("The account name or password is not right.");
    }

    @Test
    void anEditorCreatesAnApiTokenTheApiAcceptsUntilItIsRevoked() throws Exception {
        WebDriver browser = editorBrowser();
        browser.get(url("account"));
        follow(browser, "Your API tokens");
        fill(browser, "name", "nightly import");
        press(browser, "Create token");
        String token = find(browser, By.id("token-value")).getAttribute("value").strip();
        screenshot(browser, "account-tokens", 1280);

        assertThat(postMovie(token, "Heat")).isEqualTo(201);
        browser.get(url("account/tokens"));
        press(browser, "Revoke");
        assertThat(flash(browser)).as(flash(browser)).contains("revoked");
        assertThat(postMovie(token, "Heat 2")).isEqualTo(401);
    }

    private int postMovie(String token, String title) throws Exception {
        return Http.client()
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(url("api/movies")))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"title\": \"" + title + "\", \"castIds\": []}"))
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
