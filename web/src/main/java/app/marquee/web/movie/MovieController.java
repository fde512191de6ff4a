package app.marquee.web.movie;

import app.marquee.movie.MovieRepository;
import app.marquee.movie.MovieSearch;
import app.marquee.paging.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Controller
@RequestScoped
@Path("movies")
public class MovieController {

    @Inject
    MovieRepository movies;

    @Inject
    Models models;

    @GET
    public String list() {
        models.put("page", movies.search(MovieSearch.all(), PageRequest.first()));
        return "movies/list.html";
    }
}
