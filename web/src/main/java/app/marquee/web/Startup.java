package app.marquee.web;

import app.marquee.actor.ActorRepository;
import app.marquee.movie.MovieRepository;
import app.marquee.sample.SampleDataLoader;
import app.marquee.web.ops.StartupSummary;
import app.marquee.web.signin.AccountBootstrap;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Start-up: serves the static files, configures the session cookie, loads the sample data when
 * configured, creates the first accounts, and says where
 * Marquee is listening. It runs as a servlet listener because CDI's start-up event fires before
 * Payara has bound the web module's persistence context.
 */
@WebListener
public class Startup implements ServletContextListener {

    @Inject
    SampleDataLoader sampleData;

    @Inject
    MovieRepository movies;

    @Inject
    ActorRepository actors;

    @Inject
    AccountBootstrap accounts;

    @Inject
    @ConfigProperty(name = "marquee.session.idle-minutes", defaultValue = "30")
    int sessionIdleMinutes;

    @Inject
    @ConfigProperty(name = "marquee.https", defaultValue = "false")
    boolean https;

    @Inject
    StartupSummary summary;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        // The JAX-RS application owns "/", so the container's default servlet would never see the
        // static files; give it their folders back.
        event.getServletContext().getServletRegistration("default").addMapping("/css/*", "/js/*", "/favicon.ico");
        configureSessions(event.getServletContext());
        accounts.createFirstAccounts(sampleData.loadIfWanted());
        summary.log(event.getServletContext(), movies.count(), actors.count());
    }

    /**
     * The session cookie: never readable by scripts, not sent on cross-site sub-requests (SameSite=Lax),
     * and only over TLS when Marquee is served over HTTPS ({@code marquee.https}); sessions end after
     * {@code marquee.session.idle-minutes} without a request.
     */
    private void configureSessions(ServletContext context) {
        context.setSessionTimeout(sessionIdleMinutes);
        SessionCookieConfig cookie = context.getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(https);
        cookie.setAttribute("SameSite", "Lax");
    }
}
