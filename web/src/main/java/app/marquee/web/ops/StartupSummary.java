package app.marquee.web.ops;

import app.marquee.sample.SampleDataLoader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.jar.Manifest;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one start-up line an operator reads: version, database (without its password), pool
 * settings, sample data on or off, and where to open Marquee. The defaults are web.xml's.
 */
@ApplicationScoped
public class StartupSummary {

    private static final Logger LOG = Logger.getLogger(StartupSummary.class.getName());

    @Inject
    @ConfigProperty(name = "marquee.db.url", defaultValue = "jdbc:h2:~/.marquee/marquee;DB_CLOSE_ON_EXIT=FALSE")
    String url;

    @Inject
    @ConfigProperty(name = "marquee.db.user", defaultValue = "sa")
    String user;

    @Inject
    @ConfigProperty(name = "marquee.db.pool.size", defaultValue = "5")
    String poolSize;

    @Inject
    @ConfigProperty(name = "marquee.db.pool.max-size", defaultValue = "15")
    String poolMaxSize;

    @Inject
    @ConfigProperty(name = "marquee.db.pool.idle-timeout", defaultValue = "300")
    String idleTimeout;

    @Inject
    @ConfigProperty(name = "marquee.db.pool.max-wait-millis", defaultValue = "30000")
    String maxWait;

    @Inject
    @ConfigProperty(name = "marquee.url")
    Optional<String> publicUrl;

    @Inject
    SampleDataLoader sampleData;

    /** Logs the summary; {@code movies} and {@code actors} are the catalogue's sizes now. */
    public void log(ServletContext context, long movies, long actors) {
        LOG.info(() -> "Marquee " + version(context) + " is ready with " + movies + " movies and " + actors
                + " actors: " + openAt(context) + "\n  database: " + withoutPassword(url) + " (user " + user + ")"
                + "\n  pool: " + poolSize + " steady, " + poolMaxSize + " at most, idle connections closed after "
                + idleTimeout + " s, a request waits at most " + maxWait + " ms for a connection"
                + "\n  sample data: " + (sampleData.isWanted() ? "on" : "off"));
    }

    /** The URL with any password in it masked: {@code password=...} parameters and {@code user:password@}. */
    static String withoutPassword(String url) {
        return url.replaceAll("(?i)((?:password|pwd)=)[^&;]*", "$1***").replaceAll("//([^/@:]*):[^/@]*@", "//$1:***@");
    }

    private String openAt(ServletContext context) {
        if (publicUrl.isPresent()) {
            return publicUrl.get();
        }
        // The run command and the image pass marquee.port. An application cannot ask Payara which
        // port it listens on, so elsewhere this is Payara's default unless marquee.url says otherwise.
        return "http://localhost:" + System.getProperty("marquee.port", "8080") + context.getContextPath() + "/";
    }

    private static String version(ServletContext context) {
        try (InputStream manifest = context.getResourceAsStream("/META-INF/MANIFEST.MF")) {
            if (manifest != null) {
                String version = new Manifest(manifest).getMainAttributes().getValue("Implementation-Version");
                if (version != null) {
                    return version;
                }
            }
        } catch (IOException e) {
            // no manifest: the version is unknown
        }
        return "(version unknown)";
    }
}
