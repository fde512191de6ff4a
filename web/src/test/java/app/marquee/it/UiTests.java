package app.marquee.it;

import java.io.File;
import java.net.URISyntaxException;
import java.util.List;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;

/** What the container tests of the pages share: their archive and readers of the listings. */
final class UiTests {

    private UiTests() {
    }

    /** The real WAR plus the page tests, their HTTP client and the HTML parser it uses. */
    static WebArchive deployment(Class<?>... testClasses) {
        return Deployments.marquee(testClasses)
                .addClasses(CatalogFixture.class, PageClient.class, UiTests.class, AccountSupportServlet.class, AccountSupportServlet.Accounts.class,
                        TestAccounts.class)
                .addAsLibrary(jarOf(Jsoup.class));
    }

    static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
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
