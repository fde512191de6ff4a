package app.marquee.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;

/** Controller answers: a view with a status other than 200, or a redirect after a successful POST. */
public final class Views {

    private Views() {}

    /**
     * Renders {@code view} with {@code status}. Thymeleaf writes through the servlet response, which
     * would otherwise keep its default 200, so both carry the status.
     */
    public static Response render(HttpServletResponse servletResponse, Response.Status status, String view) {
        servletResponse.setStatus(status.getStatusCode());
        return Response.status(status)
                .type("text/html;charset=UTF-8")
                .entity(view)
                .build();
    }

    /** A 303 See Other to a path of this application, e.g. {@code /movies/7} (Post/Redirect/Get). */
    public static Response redirect(String path) {
        return Response.ok("redirect:" + path).build();
    }
}
