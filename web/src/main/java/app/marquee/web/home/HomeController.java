package app.marquee.web.home;

import app.marquee.actor.ActorRepository;
import app.marquee.movie.MovieRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * The home page: how big the catalogue is, a search box, and the tutorial's four queries as
 * one-click links into the listings.
 */
@Controller
@RequestScoped
@Path("/")
public class HomeController {

    /** The actor of the tutorial's third query ("movies Dwayne Johnson starred in"). */
    static final String EXAMPLE_ACTOR = "Dwayne Johnson";

    /** The city of the tutorial's fourth query ("actors with an address in Glendale"). */
    static final String EXAMPLE_CITY = "glendale";

    @Inject
    MovieRepository movies;

    @Inject
    ActorRepository actors;

    @Inject
    Models models;

    @GET
    public String home() {
        models.put("movieCount", movies.count());
        models.put("actorCount", actors.count());
        actors.findByName(EXAMPLE_ACTOR).ifPresent(actor -> {
            models.put("exampleActorId", actor.getId());
            models.put("exampleActorName", actor.getName());
        });
        models.put("exampleCity", EXAMPLE_CITY);
        return "home.html";
    }
}
