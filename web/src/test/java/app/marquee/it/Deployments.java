package app.marquee.it;

import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archive every container test deploys: the real WAR the build produced, plus the test classes. */
public final class Deployments {

    private Deployments() {}

    public static WebArchive marquee(Class<?>... testClasses) {
        String war = System.getProperty("marquee.war");
        if (war == null || !new File(war).isFile()) {
            throw new IllegalStateException("Run the container tests with 'mvn verify': no WAR at " + war);
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(war))
                .addClasses(testClasses)
                .addClass(Deployments.class);
    }

    /** As {@link #marquee}, for tests that run inside the server: their assertions need AssertJ there. */
    public static WebArchive inServer(Class<?>... testClasses) {
        return marquee(testClasses).addAsLibrary(jarOf(Assertions.class));
    }

    static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
