package app.marquee.web.api;

import app.marquee.catalog.Actor;
import app.marquee.catalog.Movie;
import app.marquee.history.HistoryRepository;
import app.marquee.movie.MovieDraft;
import app.marquee.movie.MovieRepository;
import app.marquee.movie.MovieSearch;
import app.marquee.movie.MovieSort;
import app.marquee.paging.PageRequest;
import app.marquee.web.i18n.Languages;
import app.marquee.web.i18n.LocaleInterpolator;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Movies and their casts as JSON. */
@RequestScoped
@Path("api/movies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Movies")
public class MovieResource {

    private static final String JSON = MediaType.APPLICATION_JSON;

    @Inject
    MovieRepository movies;

    @Inject
    ValidatorFactory validation;

    @Context
    HttpHeaders headers;

    @Inject
    HistoryRepository history;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listMovies", summary = "Lists movies, filtered, sorted and paged like the /movies page")
    @APIResponse(
            responseCode = "200",
            description = "A page of movies",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = PageJson.MoviePage.class)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid")
    public PageJson<MovieJson> list(
            @Parameter(description = "Title contains this, ignoring case") @QueryParam("q") String q,
            @Parameter(description = "Released after this date (YYYY-MM-DD)", schema = @Schema(format = "date"))
                    @QueryParam("releasedAfter")
                    String releasedAfter,
            @Parameter(description = "Starring the actor with this id") @QueryParam("actor") String actor,
            // The names of MovieSort, which an annotation cannot read; ApiSortsTest keeps them the same.
            @Parameter(
                            description = "Order",
                            schema =
                                    @Schema(
                                            enumeration = {"title", "-title", "releaseDate", "-releaseDate"},
                                            defaultValue = "title"))
                    @QueryParam("sort")
                    String sort,
            @Parameter(
                            description = "Page number, from 1",
                            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "1"))
                    @QueryParam("page")
                    String page,
            @Parameter(
                            description = "Page size, 1 to 100",
                            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
                    @QueryParam("size")
                    String size) {
        ListParams params = new ListParams();
        MovieSearch search = new MovieSearch(
                q,
                params.date("releasedAfter", releasedAfter),
                params.id("actor", actor),
                params.sort(sort, MovieSort.TITLE, MovieSort::fromParam, MovieSort::param));
        PageRequest request = params.page(page, size);
        params.check();
        return PageJson.of(movies.search(search, request), MovieJson::of);
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(operationId = "getMovie", summary = "A movie with its cast; the ETag is its version")
    @APIResponse(
            responseCode = "200",
            description = "The movie",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = MovieJson.class)))
    @APIResponse(responseCode = "404", description = "No such movie")
    public Response get(@PathParam("id") long id) {
        return withVersion(Response.ok(), movies.getWithCast(id));
    }

    @GET
    @Path("{id: [0-9]+}/history")
    @SecurityRequirement(name = ApiDefinition.BEARER)
    @Operation(operationId = "movieHistory", summary = "Who changed the movie, what and when, newest first (editor)")
    @APIResponse(
            responseCode = "200",
            description = "A page of the movie's history",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = PageJson.HistoryPage.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token is not an editor's")
    @APIResponse(responseCode = "404", description = "No such movie, and none in the history")
    public PageJson<HistoryJson> history(
            @PathParam("id") long id,
            @Parameter(
                            description = "Page number, from 1",
                            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "1"))
                    @QueryParam("page")
                    String page,
            @Parameter(
                            description = "Page size, 1 to 100",
                            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
                    @QueryParam("size")
                    String size) {
        return RecordHistory.page("Movie", id, page, size, request -> history.ofMovie(id, request), movies::exists);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDefinition.BEARER)
    @Operation(operationId = "createMovie", summary = "Adds a movie (editor)")
    @RequestBody(
            required = true,
            content = @Content(mediaType = JSON, schema = @Schema(implementation = MovieInput.class)))
    @APIResponse(
            responseCode = "201",
            description = "Added; Location says where",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = MovieJson.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, with a message per field")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks the editor group")
    @APIResponse(responseCode = "404", description = "An actor of the cast does not exist")
    public Response create(String body) {
        MovieInput input = bind(body);
        Movie created = movies.create(new MovieDraft(input.title(), input.releaseDate(), input.castIds()));
        Movie movie = movies.getWithCast(created.getId());
        return withVersion(
                Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(Long.toString(movie.getId()))
                        .build()),
                movie);
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDefinition.BEARER)
    @Operation(
            operationId = "updateMovie",
            summary = "Changes a movie (editor): title, release date and, if given, its cast",
            description = "Based on the version in the body (stale: 409) or in If-Match (stale: 412).")
    @RequestBody(
            required = true,
            content = @Content(mediaType = JSON, schema = @Schema(implementation = MovieInput.class)))
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = MovieJson.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, with a message per field")
    @APIResponse(responseCode = "404", description = "No such movie, or an actor of the cast does not exist")
    @APIResponse(responseCode = "409", description = "Changed by someone else since the version sent; nothing saved")
    @APIResponse(responseCode = "412", description = "Changed since the If-Match version; nothing saved")
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String body) {
        MovieInput input = bind(body);
        long expected = Versions.expected(
                ifMatch, input.version(), () -> movies.getWithCast(id).getVersion());
        Set<Long> cast = input.castIds() != null
                ? input.castIds()
                : movies.getWithCast(id).getActors().stream().map(Actor::getId).collect(Collectors.toSet());
        Versions.write(
                ifMatch,
                "movie",
                id,
                () -> movies.update(id, expected, new MovieDraft(input.title(), input.releaseDate(), cast)));
        return withVersion(Response.ok(), movies.getWithCast(id));
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @SecurityRequirement(name = ApiDefinition.BEARER)
    @Operation(
            operationId = "deleteMovie",
            summary = "Deletes a movie and its cast links; the actors stay (editor)",
            description = "With If-Match, only the version named (stale: 412); without, whatever is stored.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such movie")
    @APIResponse(responseCode = "412", description = "Changed since the If-Match version; nothing deleted")
    public Response delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Long expected = Versions.deleting(ifMatch);
        Versions.write(ifMatch, "movie", id, () -> movies.delete(id, expected));
        return Response.noContent().build();
    }

    @PUT
    @Path("{id: [0-9]+}/actors/{actorId: [0-9]+}")
    @SecurityRequirement(name = ApiDefinition.BEARER)
    @Operation(
            operationId = "castActor",
            summary = "Casts an actor in the movie (editor); casting twice changes nothing")
    @APIResponse(
            responseCode = "200",
            description = "The movie with its new cast",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = MovieJson.class)))
    @APIResponse(responseCode = "404", description = "No such movie or actor")
    public Response addToCast(@PathParam("id") long id, @PathParam("actorId") long actorId) {
        movies.addToCast(id, actorId);
        return withVersion(Response.ok(), movies.getWithCast(id));
    }

    @DELETE
    @Path("{id: [0-9]+}/actors/{actorId: [0-9]+}")
    @SecurityRequirement(name = ApiDefinition.BEARER)
    @Operation(operationId = "uncastActor", summary = "Takes an actor out of the movie's cast (editor)")
    @APIResponse(responseCode = "204", description = "The actor is not (or no longer) in the cast")
    @APIResponse(responseCode = "404", description = "No such movie or actor")
    public Response removeFromCast(@PathParam("id") long id, @PathParam("actorId") long actorId) {
        movies.removeFromCast(id, actorId);
        return Response.noContent().build();
    }

    private MovieInput bind(String body) {
        JsonInput json = JsonInput.parse(body, MovieInput.FIELDS);
        return json.validated(
                new MovieInput(
                        json.string("title"),
                        json.date("releaseDate"),
                        json.ids("castIds", Movie.CAST_MAX),
                        json.integer("version")),
                validator());
    }

    private static Response withVersion(Response.ResponseBuilder response, Movie movie) {
        return response.tag(Versions.etag(movie.getVersion()))
                .entity(MovieJson.of(movie))
                .build();
    }

    /** A validator whose messages are in the language of the request's Accept-Language. */
    private Validator validator() {
        return LocaleInterpolator.validator(validation, Languages.firstSupported(headers.getAcceptableLanguages()));
    }
}
