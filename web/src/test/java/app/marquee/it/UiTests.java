package app.marquee.it;

import java.util.List;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;

/** What the container tests of the pages share: their archive and readers of the listings. */
final class UiTests {

    private UiTests() {}

    /** The real WAR plus the page tests, their HTTP client, the HTML parser it uses and AssertJ. */
    static WebArchive deployment(Class<?>... testClasses) {
        return Deployments.inServer(testClasses)
                .addClasses(
                        CatalogFixture.class,
                        PageClient.class,
                        Http.class,
                        UiTests.class,
                        AccountSupportServlet.class,
                        AccountSupportServlet.Accounts.class,
                        TestAccounts.class)
                .addAsLibrary(Deployments.jarOf(Jsoup.class));
    }

    /** The titles in a movie listing, top to bottom. */
    static List<String> titles(PageClient.Reply listing) {
        return listing.texts("table.listing tbody td[data-label=Title]");
    }

    /** The names in an actor listing, top to bottom. */
    static List<String> names(PageClient.Reply listing) {
        return listing.texts("table.listing tbody td[data-label=Name]");
    }

    /** The absolute address of the first link {@code selector} picks. */
    static String href(PageClient.Reply page, String selector) {
        var link = page.doc().selectFirst(selector);
        if (link == null) {
            throw new AssertionError("No link " + selector + " on " + page.uri());
        }
        return link.absUrl("href");
    }
}
