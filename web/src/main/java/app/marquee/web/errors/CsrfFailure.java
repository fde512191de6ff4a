package app.marquee.web.errors;

import app.marquee.web.i18n.Texts;
import jakarta.annotation.Priority;
import jakarta.mvc.security.CsrfValidationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * A form posted without this session's CSRF token (forged, or opened before the session expired):
 * 403 with a page that says what to do, instead of Krazo's bare status line. Its priority puts it
 * ahead of Krazo's own mapper for the same exception.
 */
@Provider
@Priority(Priorities.USER - 100)
public class CsrfFailure implements ExceptionMapper<CsrfValidationException> {

    @Context
    UriInfo uriInfo;

    @Context
    HttpServletResponse servletResponse;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public Response toResponse(CsrfValidationException e) {
        Locale locale = ErrorReply.language(uriInfo, servletRequest);
        return ErrorReply.of(
                uriInfo,
                servletResponse,
                Status.FORBIDDEN,
                Texts.get(locale, "error.csrf.title"),
                Texts.get(locale, "error.csrf.detail"));
    }
}
