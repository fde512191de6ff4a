package app.marquee.web.movie;

import app.marquee.actor.ActorRepository;
import app.marquee.actor.ActorRow;
import app.marquee.actor.ActorSearch;
import app.marquee.actor.ActorSort;
import app.marquee.catalog.Actor;
import app.marquee.catalog.Movie;
import app.marquee.history.HistoryEntry;
import app.marquee.history.HistoryRepository;
import app.marquee.history.MovieVersion;
import app.marquee.movie.DuplicateMovieException;
import app.marquee.movie.MovieRepository;
import app.marquee.movie.MovieSummary;
import app.marquee.paging.Page;
import app.marquee.paging.PageRequest;
import app.marquee.persistence.NotFoundException;
import app.marquee.persistence.StaleEditException;
import app.marquee.web.history.HistoryViews;
import app.marquee.web.i18n.PageTexts;
import app.marquee.web.pages.Choice;
import app.marquee.web.pages.FieldErrors;
import app.marquee.web.pages.FlashMessages;
import app.marquee.web.pages.Ids;
import app.marquee.web.pages.Pager;
import app.marquee.web.pages.StaleEdits;
import app.marquee.web.pages.Views;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.binding.BindingResult;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The movie pages: the listing with its filters, a movie with its cast, the form that creates or
 * edits a movie and its cast, and deletion after a confirmation step. Every write is a POST that
 * redirects with a flash message (Post/Redirect/Get).
 */
@Controller
@RequestScoped
@Path("movies")
public class MovieController {

    /** How many actors the cast picker offers at a time; the search narrows them down. */
    static final int CANDIDATES = 10;

    @Inject
    MovieRepository movies;

    @Inject
    ActorRepository actors;

    @Inject
    Models models;

    @Inject
    BindingResult binding;

    @Inject
    FlashMessages flash;

    @Inject
    PageTexts texts;

    @Inject
    HistoryRepository history;

    @Context
    HttpServletResponse servletResponse;

    @GET
    public String list(
            @QueryParam("q") String q,
            @QueryParam("releasedAfter") String releasedAfter,
            @QueryParam("actor") String actor,
            @QueryParam("sort") String sort,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        MovieListing listing = new MovieListing(q, releasedAfter, actor, sort, page, size, texts.locale());
        Page<MovieSummary> found = movies.search(listing.search(), listing.pageRequest());
        if (listing.actorId() != null) {
            listing.actorName(actorNameFromCasts(found, listing.actorId())
                    .orElseGet(() -> actors.names(Set.of(listing.actorId())).get(listing.actorId())));
        }
        models.put("listing", listing);
        models.put("page", found);
        models.put("pager", new Pager(found, listing.link(), texts.locale()));
        return "movies/list.html";
    }

    /**
     * The filtering actor's name, from the cast of a movie on the page (every one has them in its
     * cast and the casts are loaded anyway), so that only an empty page asks the database for it.
     */
    private static Optional<String> actorNameFromCasts(Page<MovieSummary> page, long actorId) {
        return page.items().stream()
                .flatMap(movie -> movie.cast().stream())
                .filter(member -> member.id() == actorId)
                .map(MovieSummary.CastMember::name)
                .findFirst();
    }

    @GET
    @Path("{id}")
    public String show(@PathParam("id") String id) {
        models.put("movie", movies.getWithCast(Ids.parse(id)));
        return "movies/show.html";
    }

    /**
     * The form for a new movie; with {@code from} and {@code revision}, filled with the last version
     * of a deleted movie, to recreate it.
     */
    @GET
    @Path("new")
    public String newForm(@QueryParam("from") String from, @QueryParam("revision") String revision) {
        if (from == null && revision == null) {
            return form(MovieForm.empty(), null, FieldErrors.none());
        }
        MovieVersion version = history.movieVersion(Ids.parse(from), Ids.parse(revision))
                .orElseThrow(() -> new NotFoundException("Movie version", Ids.parse(revision)));
        models.put("restoring", version);
        return form(MovieForm.of(version, null), null, FieldErrors.none());
    }

    /** Who changed the movie, what and when, newest first, for editors. */
    @GET
    @Path("{id}/history")
    public String history(@PathParam("id") String id, @QueryParam("page") String page) {
        long movieId = Ids.parse(id);
        Page<HistoryEntry> entries = history.ofMovie(movieId, HistoryViews.pageRequest(page));
        Optional<Movie> movie = movies.findWithCast(movieId);
        if (movie.isEmpty() && entries.isEmpty() && entries.number() == 1) {
            throw new NotFoundException("Movie", movieId);
        }
        models.put("movie", movie.orElse(null));
        models.put("movieId", movieId);
        return HistoryViews.put(
                models, entries, "/movies/" + movieId + "/history", "movies/history.html", texts.locale());
    }

    @POST
    public Response create(@BeanParam MovieForm form) {
        if (form.isFindActors()) {
            return Views.render(servletResponse, Status.OK, form(form, null, FieldErrors.none()));
        }
        FieldErrors errors = validate(form);
        if (!errors.isEmpty()) {
            return Views.render(servletResponse, Status.BAD_REQUEST, form(form, null, errors));
        }
        try {
            Movie movie = movies.create(form.draft());
            flash.setMessage(texts.text("movie.saved", movie.getTitle()));
            return Views.redirect("/movies/" + movie.getId());
        } catch (DuplicateMovieException | NotFoundException refused) {
            return Views.render(servletResponse, Status.BAD_REQUEST, form(form, null, refusal(refused)));
        }
    }

    /**
     * The edit form; with {@code revision}, filled with that earlier version to restore it. Saving is
     * an ordinary edit of the current version: the stale-edit check still applies.
     */
    @GET
    @Path("{id}/edit")
    public String editForm(@PathParam("id") String id, @QueryParam("revision") String revision) {
        Movie movie = movies.getWithCast(Ids.parse(id));
        if (revision == null) {
            return form(MovieForm.of(movie), movie, FieldErrors.none());
        }
        MovieVersion version = history.movieVersion(movie.getId(), Ids.parse(revision))
                .orElseThrow(() -> new NotFoundException("Movie version", Ids.parse(revision)));
        models.put("restoring", version);
        return form(MovieForm.of(version, movie.getVersion()), movie, FieldErrors.none());
    }

    @POST
    @Path("{id}")
    public Response update(@PathParam("id") String id, @BeanParam MovieForm form) {
        long movieId = Ids.parse(id);
        long version = Ids.version(form.getVersion());
        if (form.isFindActors()) {
            return Views.render(
                    servletResponse, Status.OK, form(form, movies.getWithCast(movieId), FieldErrors.none()));
        }
        FieldErrors errors = validate(form);
        if (!errors.isEmpty()) {
            return Views.render(servletResponse, Status.BAD_REQUEST, form(form, movies.getWithCast(movieId), errors));
        }
        try {
            Movie movie = movies.update(movieId, version, form.draft());
            flash.setMessage(texts.text("movie.saved", movie.getTitle()));
            return Views.redirect("/movies/" + movie.getId());
        } catch (StaleEditException e) {
            return conflict(movieId, form);
        } catch (DuplicateMovieException | NotFoundException refused) {
            if (refused instanceof NotFoundException missing && missing.kind().equals("Movie")) {
                throw missing;
            }
            return Views.render(
                    servletResponse, Status.BAD_REQUEST, form(form, movies.getWithCast(movieId), refusal(refused)));
        }
    }

    /** What the write refused, next to its field: checked in the same transaction as the write. */
    private FieldErrors refusal(RuntimeException refused) {
        return refused instanceof DuplicateMovieException
                ? FieldErrors.none().add("title", texts.text("movie.duplicate"))
                : FieldErrors.none().add("cast", texts.text("movie.cast.gone"));
    }

    @GET
    @Path("{id}/delete")
    public String confirmDelete(@PathParam("id") String id) {
        Movie movie = movies.getWithCast(Ids.parse(id));
        models.put("movie", movie);
        return "movies/delete.html";
    }

    @POST
    @Path("{id}/delete")
    public Response delete(@PathParam("id") String id, @FormParam("version") String version) {
        long movieId = Ids.parse(id);
        try {
            String title = movies.delete(movieId, Ids.versionOrNull(version));
            flash.setMessage(texts.text("movie.deleted", title));
            return Views.redirect("/movies");
        } catch (StaleEditException e) {
            models.put("movie", movies.getWithCast(movieId));
            return StaleEdits.conflict(servletResponse, models, null, "movies/delete.html");
        }
    }

    /**
     * The form with the current values; the submitted cast is listed by name, and the cast search is
     * kept so the picker still shows what the user was looking at.
     */
    private Response conflict(long movieId, MovieForm submitted) {
        Movie current = movies.getWithCast(movieId);
        Map<Long, String> submittedCast = actors.names(submitted.castIds());
        models.put("submittedCast", String.join(", ", submittedCast.values()));
        MovieForm currentForm = MovieForm.of(current);
        currentForm.castSearch = submitted.castSearch;
        return StaleEdits.conflict(servletResponse, models, submitted, form(currentForm, current, FieldErrors.none()));
    }

    private FieldErrors validate(MovieForm form) {
        FieldErrors errors = FieldErrors.of(binding);
        errors.validate(texts.validator(), Movie.class, "title", form.getTitle(), "title");
        if (!errors.has("releaseDate")) {
            errors.validate(texts.validator(), Movie.class, "releaseDate", form.releaseDate(), "releaseDate");
        }
        if (form.hasMalformedCast()) {
            errors.add("cast", texts.text("movie.cast.malformed"));
        } else if (form.castIds().size() > Movie.CAST_MAX) {
            errors.add("cast", texts.text("movie.cast.tooLarge", Movie.CAST_MAX));
        }
        // Whether the actors exist and the title is free is checked by the write itself, in its
        // transaction: a check made here could be overtaken by someone else's save.
        return errors;
    }

    /** Fills the model of the movie form (new when {@code movie} is null) and names its view. */
    private String form(MovieForm form, Movie movie, FieldErrors errors) {
        // A refused over-long cast is shown cut to the limit rather than looked up whole.
        Map<Long, String> chosen =
                actors.names(form.castIds().stream().limit(Movie.CAST_MAX).toList());
        List<Choice> cast = chosen.entrySet().stream()
                .map(e -> new Choice(e.getKey(), e.getValue()))
                .toList();
        Page<ActorRow> found = actors.search(
                new ActorSearch(form.getCastSearch(), null, ActorSort.NAME), new PageRequest(1, CANDIDATES));
        List<Choice> candidates = new ArrayList<>();
        for (ActorRow row : found.items()) {
            Actor actor = row.actor();
            if (!chosen.containsKey(actor.getId())) {
                candidates.add(new Choice(actor.getId(), actor.getName()));
            }
        }
        models.put("form", form);
        models.put("movie", movie);
        models.put("errors", errors);
        models.put("cast", cast);
        models.put("candidates", candidates);
        models.put("candidateTotal", found.total());
        models.put("candidateShown", found.items().size());
        models.put("formAction", movie == null ? "/movies" : "/movies/" + movie.getId());
        models.put("cancelUrl", movie == null ? "/movies" : "/movies/" + movie.getId());
        return "movies/form.html";
    }
}
