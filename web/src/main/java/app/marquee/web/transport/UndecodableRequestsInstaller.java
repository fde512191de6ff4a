package app.marquee.web.transport;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Puts {@link UndecodableRequests} into Payara's HTTP network listeners when Marquee starts, and takes
 * it out when Marquee stops, so that a redeployment puts in its own copy and the old one does not keep
 * the stopped application's class loader alive.
 *
 * <p>This reaches into Payara's internals (payara/Payara#8000; see {@link UndecodableRequests}), so
 * nothing here may stop Marquee from starting: on a Payara where that fails, one WARNING says the
 * requests are not refused early, and Marquee runs as it did before (those requests get Payara's empty
 * 200 again). This class names no Grizzly or Payara type itself, so that it loads even where they
 * cannot be found.
 */
@WebListener
public class UndecodableRequestsInstaller implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(UndecodableRequestsInstaller.class.getName());

    private AutoCloseable placement;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        try {
            boolean https = ConfigProvider.getConfig()
                    .getOptionalValue("marquee.https", Boolean.class)
                    .orElse(false);
            placement = Installation.install(https);
        } catch (Exception | LinkageError e) {
            LOG.warning(() -> "Requests Payara cannot decode (a broken %-escape in the path, an empty Host header)"
                    + " are not refused early and will get an empty 200 (payara/Payara#8000): could not add"
                    + " the filter to Payara's network listeners: " + e);
            LOG.log(Level.FINE, "Adding the filter to Payara's network listeners failed", e);
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (placement == null) {
            return;
        }
        try {
            placement.close();
        } catch (Exception | LinkageError e) {
            LOG.warning(() -> "Could not take the filter for requests Payara cannot decode out of Payara's"
                    + " network listeners: " + e);
            LOG.log(Level.FINE, "Removing the filter from Payara's network listeners failed", e);
        } finally {
            placement = null;
        }
    }
}
