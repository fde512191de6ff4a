package app.marquee.web;

import app.marquee.actor.ActorRepository;
import app.marquee.movie.MovieRepository;
import app.marquee.sample.SampleDataLoader;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/**
 * Start-up: serves the static files, loads the sample data when configured, and says where
 * Marquee is listening. It runs as a servlet listener because CDI's start-up event fires before
 * Payara has bound the web module's persistence context.
 */
@WebListener
public class Startup implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(Startup.class.getName());

    @Inject
    SampleDataLoader sampleData;

    @Inject
    MovieRepository movies;

    @Inject
    ActorRepository actors;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        // The JAX-RS application owns "/", so the container's default servlet would never see the
        // static files; give it their folders back.
        event.getServletContext().getServletRegistration("default").addMapping("/css/*", "/js/*", "/favicon.ico");
        sampleData.loadIfWanted();
        LOG.info(() -> "Marquee is ready with " + movies.count() + " movies and " + actors.count()
                + " actors: http://localhost:" + System.getProperty("marquee.port", "8080") + "/");
    }
}
