package app.marquee.web.errors;

import app.marquee.movie.DuplicateMovieException;
import app.marquee.persistence.NotFoundException;
import app.marquee.persistence.StaleEditException;
import jakarta.annotation.Priority;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.TransactionalException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The exception mappers: each failure kind and the answer it gets. */
public final class FailureMappers {

    private static final Logger LOG = Logger.getLogger(FailureMappers.class.getName());

    private FailureMappers() {
    }

    /** A record that does not exist: 404. */
    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Context
        UriInfo uriInfo;

        @Context
        HttpServletResponse servletResponse;

        @Override
        public Response toResponse(NotFoundException e) {
            return ErrorReply.of(uriInfo, servletResponse, Status.NOT_FOUND, e.kind() + " not found",
                    "There is no " + e.kind().toLowerCase() + " with id " + e.id() + ". It may have been deleted.");
        }
    }

    /** An edit based on an old version: 409. Forms handle this themselves to show the current values. */
    @Provider
    public static class StaleEdit implements ExceptionMapper<StaleEditException> {
        @Context
        UriInfo uriInfo;

        @Context
        HttpServletResponse servletResponse;

        @Override
        public Response toResponse(StaleEditException e) {
            return ErrorReply.of(uriInfo, servletResponse, Status.CONFLICT, "Edit conflict", "This " + e.kind().toLowerCase()
                    + " was changed by someone else after you loaded it. Nothing was saved; reload to see the"
                    + " current version.");
        }
    }

    /** A movie with the same title and release date exists (the pages show this next to the title): 409. */
    @Provider
    public static class DuplicateMovie implements ExceptionMapper<DuplicateMovieException> {
        @Context
        UriInfo uriInfo;

        @Context
        HttpServletResponse servletResponse;

        @Override
        public Response toResponse(DuplicateMovieException e) {
            return ErrorReply.of(uriInfo, servletResponse, Status.CONFLICT, "Duplicate movie",
                    "Another movie with this title and release date is already in the catalogue. Nothing was saved.",
                    List.of(new ErrorReply.FieldError("title",
                            "Another movie with this title and release date is already in the catalogue.")));
        }
    }

    /** Two transactions wrote the same row at once: 409. */
    @Provider
    public static class OptimisticLock implements ExceptionMapper<OptimisticLockException> {
        @Context
        UriInfo uriInfo;

        @Context
        HttpServletResponse servletResponse;

        @Override
        public Response toResponse(OptimisticLockException e) {
            return ErrorReply.of(uriInfo, servletResponse, Status.CONFLICT, "Edit conflict",
                    "Someone else changed this record at the same moment. Nothing was saved; please try again.");
        }
    }

    /** Input the entity rules reject (normally caught earlier by the form or API validation): 400. */
    @Provider
    public static class InvalidInput implements ExceptionMapper<ConstraintViolationException> {
        @Context
        UriInfo uriInfo;

        @Context
        HttpServletResponse servletResponse;

        @Override
        public Response toResponse(ConstraintViolationException e) {
            var fields = e.getConstraintViolations().stream()
                    .map(v -> new ErrorReply.FieldError(String.valueOf(v.getPropertyPath()), v.getMessage()))
                    .toList();
            return ErrorReply.of(uriInfo, servletResponse, Status.BAD_REQUEST, "Invalid input", "Some values are not valid.", fields);
        }
    }

    /** JAX-RS's own refusals (unknown URL 404, wrong method 405, unsupported type 415, bad parameter 400). */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Context
        UriInfo uriInfo;

        @Context
        HttpServletResponse servletResponse;

        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            Response.StatusType status = original.getStatusInfo();
            if (status.getFamily() == Response.Status.Family.REDIRECTION) {
                return original;
            }
            String detail = switch (status.getStatusCode()) {
                case 404 -> "There is no page at this address.";
                case 405 -> "This address does not accept that kind of request.";
                case 406 -> "This address cannot answer in the format asked for.";
                case 415 -> "The request body has a content type this address does not accept.";
                case 400 -> "The request could not be understood: a value has the wrong form.";
                default -> status.getReasonPhrase();
            };
            if (status.getFamily() == Response.Status.Family.SERVER_ERROR) {
                LOG.log(Level.WARNING, "Request failed", e);
            }
            Response replied = ErrorReply.of(uriInfo, servletResponse, status, status.getReasonPhrase(), detail);
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

        @Override
        public Response toResponse(Throwable e) {
            return unexpected(e, uriInfo, servletResponse);
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

        @Override
        public Response toResponse(TransactionalException e) {
            return unexpected(e, uriInfo, servletResponse);
        }
    }

    static Response unexpected(Throwable e, UriInfo uriInfo, HttpServletResponse servletResponse) {
        if (DatabaseFailures.isUnavailable(e)) {
            LOG.log(Level.WARNING, "Database unavailable: {0}", String.valueOf(e));
            // Retry-After: a pool reconnects within seconds once the database is back.
            return Response.fromResponse(ErrorReply.of(uriInfo, servletResponse, Status.SERVICE_UNAVAILABLE,
                    "Service unavailable", "The catalogue database cannot be reached right now. Nothing was"
                            + " changed; please try again in a moment.")).header(HttpHeaders.RETRY_AFTER, "5").build();
        }
        LOG.log(Level.SEVERE, "Unexpected failure", e);
        return ErrorReply.of(uriInfo, servletResponse, Status.INTERNAL_SERVER_ERROR, "Something went wrong",
                "An unexpected error occurred and has been logged. Nothing was changed.");
    }
}
