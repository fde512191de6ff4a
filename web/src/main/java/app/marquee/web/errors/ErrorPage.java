package app.marquee.web.errors;

import app.marquee.web.signin.SignedIn;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.WebApplicationTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The answer to every error the servlet container produces itself, before or outside the JAX-RS
 * application: a protected path such as {@code /WEB-INF/web.xml}, a refusal from one of Marquee's
 * filters, a failure no mapper caught. web.xml names it as the default error page, so people get
 * Marquee's own page (or a problem document under {@code /api}) instead of the container's report,
 * which names the server product. Errors inside JAX-RS are answered by {@link FailureMappers}.
 */
@WebServlet(name = "errorPage", urlPatterns = ErrorPage.PATH)
public class ErrorPage extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

    static final String PATH = "/error-page";
    /** Request attribute: the explanation to show, set by Marquee's own code before {@code sendError}. */
    public static final String DETAIL = ErrorPage.class.getName() + ".detail";

    private transient TemplateEngine engine;
    private transient JakartaServletWebApplication application;

    @Override
    public void init() throws ServletException {
        application = JakartaServletWebApplication.buildApplication(getServletContext());
        WebApplicationTemplateResolver resolver = new WebApplicationTemplateResolver(application);
        resolver.setPrefix("/WEB-INF/views/");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // Asked for directly, this address is just a page that does not exist.
        int status = code instanceof Integer number ? number : HttpServletResponse.SC_NOT_FOUND;
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure != null && DatabaseFailures.isUnavailable(failure)) {
            // From outside JAX-RS (the sign-in mechanism, a filter): the same answer as FailureMappers gives.
            LOG.log(Level.WARNING, "Database unavailable: {0}", String.valueOf(failure));
            status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            response.setHeader("Retry-After", "5");
        } else if (failure != null) {
            LOG.log(Level.SEVERE, "Unexpected failure", failure);
        }
        String title = title(status);
        Object given = request.getAttribute(DETAIL);
        String detail = given instanceof String text ? text : detail(status);
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                ? uri.substring(Math.min(uri.length(), request.getContextPath().length())) : "";
        response.setStatus(status);
        if (path.equals("/api") || path.startsWith("/api/")) {
            // JSON is UTF-8 by definition (RFC 8259): no charset parameter, as the API's other problems.
            response.setContentType(ErrorReply.PROBLEM_JSON);
            response.getOutputStream().write(Json.createObjectBuilder()
                    .add("type", "about:blank").add("status", status).add("title", title).add("detail", detail)
                    .build().toString().getBytes(StandardCharsets.UTF_8));
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        WebContext context = new WebContext(application.buildExchange(request, response), Locale.ENGLISH,
                Map.of("status", status, "title", title, "detail", detail,
                        "signedIn", CDI.current().select(SignedIn.class).get()));
        engine.process("errors/error.html", context, response.getWriter());
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Sign-in required";
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 408 -> "Request timeout";
            case 413 -> "Request too large";
            case 414 -> "Address too long";
            case 415 -> "Unsupported content type";
            case 431 -> "Headers too large";
            case 503 -> "Service unavailable";
            default -> status >= 500 ? "Something went wrong" : "Request refused";
        };
    }

    static String detail(int status) {
        return switch (status) {
            case 400 -> "The request could not be understood. Check the address and try again.";
            case 403 -> "You are not allowed to see this.";
            case 404 -> "There is no page at this address.";
            case 405 -> "This address does not accept that kind of request.";
            case 413 -> "The request is larger than this site accepts.";
            case 414 -> "The address is longer than this site accepts.";
            case 415 -> "The request body has a content type this address does not accept.";
            case 503 -> "The catalogue cannot answer right now. Nothing was changed; please try again in a moment.";
            default -> status >= 500 ? "An unexpected error occurred and has been logged. Nothing was changed."
                    : "The request was refused.";
        };
    }
}
