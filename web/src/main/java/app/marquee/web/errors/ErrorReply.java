package app.marquee.web.errors;

import app.marquee.web.i18n.Languages;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.eclipse.krazo.engine.Viewable;

/**
 * Builds the response for a failure: {@code application/problem+json} for the JSON API (paths under
 * {@code api/}), otherwise the HTML error page {@code errors/error.html}.
 */
public final class ErrorReply {

    public static final String PROBLEM_JSON = "application/problem+json";

    private ErrorReply() {}

    /** One invalid field of a submitted document. */
    public record FieldError(String field, String message) {}

    /**
     * The language of a failure's answer: the API's problem documents follow Accept-Language, the
     * pages also the language the visitor chose ({@link Languages#of}).
     */
    public static Locale language(UriInfo uriInfo, HttpServletRequest request) {
        return isApiRequest(uriInfo) ? Languages.ofApi(request) : Languages.of(request);
    }

    /** Whether the request is for the JSON API, whose failures are problem documents. */
    public static boolean isApiRequest(UriInfo uriInfo) {
        String path = uriInfo.getPath();
        return isApiPath(path.startsWith("/") ? path : "/" + path);
    }

    /** The same, for a request seen by a servlet filter or servlet. */
    public static boolean isApiRequest(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return isApiPath(
                uri.substring(Math.min(uri.length(), request.getContextPath().length())));
    }

    /** Whether a path within the application ({@code /api/movies}, after the context path) is the API's. */
    public static boolean isApiPath(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    public static Response of(
            UriInfo uriInfo,
            HttpServletResponse servletResponse,
            Response.StatusType status,
            String title,
            String detail) {
        return of(uriInfo, servletResponse, status, title, detail, List.of());
    }

    public static Response of(
            UriInfo uriInfo,
            HttpServletResponse servletResponse,
            Response.StatusType status,
            String title,
            String detail,
            List<FieldError> fieldErrors) {
        if (isApiRequest(uriInfo)) {
            return problem(status, title, detail, fieldErrors).build();
        }
        // The request's MVC model, so the layout sees the same beans as on any other page.
        Models model = CDI.current().select(Models.class).get();
        model.put("status", status.getStatusCode());
        model.put("title", title);
        model.put("detail", detail);
        model.put("fieldErrors", fieldErrors);
        // Thymeleaf writes through the servlet response, which would otherwise keep its default 200.
        servletResponse.setStatus(status.getStatusCode());
        return Response.status(status)
                .type("text/html;charset=UTF-8")
                .entity(new Viewable("errors/error.html", model))
                .build();
    }

    /** An RFC 9457 problem document; callers may add headers (e.g. WWW-Authenticate) before building. */
    public static Response.ResponseBuilder problem(
            Response.StatusType status, String title, String detail, List<FieldError> fieldErrors) {
        return problem("about:blank", status, title, detail, fieldErrors);
    }

    /** A problem document of a specific {@code type} (a URI naming the kind of problem). */
    public static Response.ResponseBuilder problem(
            String type, Response.StatusType status, String title, String detail, List<FieldError> fieldErrors) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", type)
                .add("status", status.getStatusCode())
                .add("title", title)
                .add("detail", detail);
        if (!fieldErrors.isEmpty()) {
            JsonArrayBuilder errors = Json.createArrayBuilder();
            fieldErrors.forEach(e -> errors.add(
                    Json.createObjectBuilder().add("field", e.field()).add("message", e.message())));
            body.add("errors", errors);
        }
        return Response.status(status).type(PROBLEM_JSON).entity(body.build().toString());
    }
}
