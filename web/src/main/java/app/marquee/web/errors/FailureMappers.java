package app.marquee.web.errors;

import app.marquee.movie.DuplicateMovieException;
import app.marquee.persistence.NotFoundException;
import app.marquee.persistence.StaleEditException;
import app.marquee.web.i18n.Texts;
import jakarta.annotation.Priority;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.TransactionalException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The exception mappers: each failure kind and the answer it gets. */
public final class FailureMappers {

    private static final Logger LOG = Logger.getLogger(FailureMappers.class.getName());

    private FailureMappers() {}

    /** A record that does not exist: 404. */
    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Context
        UriInfo uriInfo;

        @Context
        HttpServletResponse servletResponse;

        @Context
        HttpServletRequest servletRequest;

        @Override
        public Response toResponse(NotFoundException e) {
            Locale locale = ErrorReply.language(uriInfo, servletRequest);
            String id = String.valueOf(e.id());
            return switch (e.kind()) {
                case "Movie" ->
                    notFound(Texts.get(locale, "notFound.movie.title"), Texts.get(locale, "notFound.movie.detail", id));
                case "Movie version" ->
                    notFound(
                            Texts.get(locale, "notFound.movieVersion.title"),
                            Texts.get(locale, "notFound.movieVersion.detail", id));
                case "Actor" ->
                    notFound(Texts.get(locale, "notFound.actor.title"), Texts.get(locale, "notFound.actor.detail", id));
                case "Actor version" ->
                    notFound(
                            Texts.get(locale, "notFound.actorVersion.title"),
                            Texts.get(locale, "notFound.actorVersion.detail", id));
                case "Contact" ->
                    notFound(
                            Texts.get(locale, "notFound.contact.title"),
                            Texts.get(locale, "notFound.contact.detail", id));
                case "Stuntman of actor" ->
                    notFound(
                            Texts.get(locale, "notFound.stuntman.title"),
                            Texts.get(locale, "notFound.stuntman.detail", id));
                case "Account" ->
                    notFound(
                            Texts.get(locale, "notFound.account.title"),
                            Texts.get(locale, "notFound.account.detail", id));
                case "Token" ->
                    notFound(Texts.get(locale, "notFound.token.title"), Texts.get(locale, "notFound.token.detail", id));
                default ->
                    notFound(
                            Texts.get(locale, "notFound.other.title", e.kind()),
                            Texts.get(locale, "notFound.other.detail", e.kind().toLowerCase(Locale.ROOT), id));
            };
        }

        private Response notFound(String title, String detail) {
            return ErrorReply.of(uriInfo, servletResponse, Status.NOT_FOUND, title, detail);
        }
    }

    /** An edit based on an old version: 409. Forms handle this themselves to show the current values. */
    @Provider
    public static class StaleEdit implements ExceptionMapper<StaleEditException> {
        @Context
        UriInfo uriInfo;

        @Context
        HttpServletResponse servletResponse;

        @Context
        HttpServletRequest servletRequest;

        @Override
        public Response toResponse(StaleEditException e) {
            Locale locale = ErrorReply.language(uriInfo, servletRequest);
            String detail = switch (e.kind()) {
                case "Movie" -> Texts.get(locale, "stale.movie");
                case "Actor" -> Texts.get(locale, "stale.actor");
                case "Contact" -> Texts.get(locale, "stale.contact");
                case "Stuntman" -> Texts.get(locale, "stale.stuntman");
                default -> Texts.get(locale, "stale.other", e.kind().toLowerCase(Locale.ROOT));
            };
            return ErrorReply.of(
                    uriInfo, servletResponse, Status.CONFLICT, Texts.get(locale, "error.conflict.title"), detail);
        }
    }

    /** A movie with the same title and release date exists (the pages show this next to the title): 409. */
    @Provider
    public static class DuplicateMovie implements ExceptionMapper<DuplicateMovieException> {
        @Context
        UriInfo uriInfo;

        @Context
        HttpServletResponse servletResponse;

        @Context
        HttpServletRequest servletRequest;

        @Override
        public Response toResponse(DuplicateMovieException e) {
            Locale locale = ErrorReply.language(uriInfo, servletRequest);
            return ErrorReply.of(
                    uriInfo,
                    servletResponse,
                    Status.CONFLICT,
                    Texts.get(locale, "error.duplicateMovie.title"),
                    Texts.get(locale, "error.duplicateMovie.detail"),
                    List.of(new ErrorReply.FieldError("title", Texts.get(locale, "movie.duplicate"))));
        }
    }

    /** Two transactions wrote the same row at once: 409. */
    @Provider
    public static class OptimisticLock implements ExceptionMapper<OptimisticLockException> {
        @Context
        UriInfo uriInfo;

        @Context
        HttpServletResponse servletResponse;

        @Context
        HttpServletRequest servletRequest;

        @Override
        public Response toResponse(OptimisticLockException e) {
            Locale locale = ErrorReply.language(uriInfo, servletRequest);
            return ErrorReply.of(
                    uriInfo,
                    servletResponse,
                    Status.CONFLICT,
                    Texts.get(locale, "error.conflict.title"),
                    Texts.get(locale, "error.conflict.sameMoment"));
        }
    }

    /** Input the entity rules reject (normally caught earlier by the form or API validation): 400. */
    @Provider
    public static class InvalidInput implements ExceptionMapper<ConstraintViolationException> {
        @Context
        UriInfo uriInfo;

        @Context
        HttpServletResponse servletResponse;

        @Context
        HttpServletRequest servletRequest;

        @Override
        public Response toResponse(ConstraintViolationException e) {
            var fields = e.getConstraintViolations().stream()
                    .map(v -> new ErrorReply.FieldError(String.valueOf(v.getPropertyPath()), v.getMessage()))
                    .toList();
            Locale locale = ErrorReply.language(uriInfo, servletRequest);
            return ErrorReply.of(
                    uriInfo,
                    servletResponse,
                    Status.BAD_REQUEST,
                    Texts.get(locale, "error.invalid.title"),
                    Texts.get(locale, "error.invalid.some"),
                    fields);
        }
    }

    /** JAX-RS's own refusals (unknown URL 404, wrong method 405, unsupported type 415, bad parameter 400). */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Context
        UriInfo uriInfo;

        @Context
        HttpServletResponse servletResponse;

        @Context
        HttpServletRequest servletRequest;

        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            Response.StatusType status = original.getStatusInfo();
            if (status.getFamily() == Response.Status.Family.REDIRECTION) {
                return original;
            }
            Locale locale = ErrorReply.language(uriInfo, servletRequest);
            String detail = switch (status.getStatusCode()) {
                case 404 -> Texts.get(locale, "error.detail.404");
                case 405 -> Texts.get(locale, "error.detail.405");
                case 406 -> Texts.get(locale, "error.detail.406");
                case 415 -> Texts.get(locale, "error.detail.415");
                case 400 -> Texts.get(locale, "error.detail.400.value");
                default -> ErrorPage.title(status.getStatusCode(), locale, status.getReasonPhrase());
            };
            if (status.getFamily() == Response.Status.Family.SERVER_ERROR) {
                LOG.log(Level.WARNING, "Request failed", e);
            }
            Response replied = ErrorReply.of(
                    uriInfo,
                    servletResponse,
                    status,
                    ErrorPage.title(status.getStatusCode(), locale, status.getReasonPhrase()),
                    detail);
            // Keep the headers that explain the refusal (Allow on 405, WWW-Authenticate on 401).
            Response.ResponseBuilder builder = Response.fromResponse(replied);
            original.getHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                    values.forEach(v -> builder.header(name, v));
                }
            });
            return builder.build();
        }
    }

    /**
     * Anything else. A database that cannot be reached is a 503 (the next request works again once it
     * is back); everything else is logged in full and answered with a 500 that reveals nothing.
     */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Context
        UriInfo uriInfo;

        @Context
        HttpServletResponse servletResponse;

        @Context
        HttpServletRequest servletRequest;

        @Override
        public Response toResponse(Throwable e) {
            return unexpected(e, uriInfo, servletResponse, servletRequest);
        }
    }

    /**
     * A transaction that failed as it committed: the connection died between the last statement and
     * the commit (a 503), or anything else (a 500), answered as {@link Unexpected} answers.
     *
     * <p>Without this mapper Jersey's own {@code TransactionalExceptionMapper} takes these, finds no
     * answer for the cause and lets Jersey send a bare 500; the priority puts this one first.
     */
    @Provider
    @Priority(Priorities.USER - 1000)
    public static class FailedCommit implements ExceptionMapper<TransactionalException> {
        @Context
        UriInfo uriInfo;

        @Context
        HttpServletResponse servletResponse;

        @Context
        HttpServletRequest servletRequest;

        @Override
        public Response toResponse(TransactionalException e) {
            return unexpected(e, uriInfo, servletResponse, servletRequest);
        }
    }

    static Response unexpected(
            Throwable e, UriInfo uriInfo, HttpServletResponse servletResponse, HttpServletRequest servletRequest) {
        Locale locale = ErrorReply.language(uriInfo, servletRequest);
        if (DatabaseFailures.isUnavailable(e)) {
            LOG.log(Level.WARNING, "Database unavailable: {0}", String.valueOf(e));
            // Retry-After: a pool reconnects within seconds once the database is back.
            return Response.fromResponse(ErrorReply.of(
                            uriInfo,
                            servletResponse,
                            Status.SERVICE_UNAVAILABLE,
                            Texts.get(locale, "error.title.503"),
                            Texts.get(locale, "error.database.detail")))
                    .header(HttpHeaders.RETRY_AFTER, "5")
                    .build();
        }
        LOG.log(Level.SEVERE, "Unexpected failure", e);
        return ErrorReply.of(
                uriInfo,
                servletResponse,
                Status.INTERNAL_SERVER_ERROR,
                Texts.get(locale, "error.title.500"),
                Texts.get(locale, "error.detail.500"));
    }
}
