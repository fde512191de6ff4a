package app.marquee.web.errors;

import app.marquee.web.i18n.BundleMessages;
import app.marquee.web.i18n.LanguageLinks;
import app.marquee.web.i18n.Languages;
import app.marquee.web.i18n.Texts;
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
import java.util.function.Function;
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
    /**
     * Request attribute: the explanation to show, set by Marquee's own code before {@code sendError}:
     * a text, or a {@code Function<Locale, String>} that gives it in the answer's language.
     */
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
        engine.setMessageResolver(new BundleMessages());
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
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                ? uri.substring(Math.min(uri.length(), request.getContextPath().length()))
                : "";
        boolean api = ErrorReply.isApiPath(path);
        Locale locale = api ? Languages.ofApi(request) : Languages.of(request);
        String title = title(status, locale);
        String detail = detail(request.getAttribute(DETAIL), status, locale);
        response.setStatus(status);
        if (api) {
            // JSON is UTF-8 by definition (RFC 8259): no charset parameter, as the API's other problems.
            response.setContentType(ErrorReply.PROBLEM_JSON);
            response.getOutputStream()
                    .write(Json.createObjectBuilder()
                            .add("type", "about:blank")
                            .add("status", status)
                            .add("title", title)
                            .add("detail", detail)
                            .build()
                            .toString()
                            .getBytes(StandardCharsets.UTF_8));
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        WebContext context = new WebContext(
                application.buildExchange(request, response),
                locale,
                Map.of(
                        "status",
                        status,
                        "title",
                        title,
                        "detail",
                        detail,
                        "signedIn",
                        CDI.current().select(SignedIn.class).get(),
                        // What the layout's footer needs for its language switch.
                        "languages",
                        CDI.current().select(LanguageLinks.class).get(),
                        "request",
                        request));
        engine.process("errors/error.html", context, response.getWriter());
    }

    /** The explanation Marquee's code gave (a text, or one per language), else the status's own. */
    @SuppressWarnings("unchecked")
    static String detail(Object given, int status, Locale locale) {
        if (given instanceof String text) {
            return text;
        }
        if (given instanceof Function<?, ?> inLanguage) {
            return ((Function<Locale, String>) inLanguage).apply(locale);
        }
        return detail(status, locale);
    }

    /**
     * The title of a status that JAX-RS refused with: its reason phrase in English (as the API has
     * always answered), the error page's title for it in other languages.
     */
    static String title(int status, Locale locale, String englishReason) {
        return englishReason != null && locale.getLanguage().equals(Languages.DEFAULT.getLanguage())
                ? englishReason
                : title(status, locale);
    }

    static String title(int status, Locale locale) {
        return switch (status) {
            case 400 -> Texts.get(locale, "error.title.400");
            case 401 -> Texts.get(locale, "error.title.401");
            case 403 -> Texts.get(locale, "error.title.403");
            case 404 -> Texts.get(locale, "error.title.404");
            case 405 -> Texts.get(locale, "error.title.405");
            case 408 -> Texts.get(locale, "error.title.408");
            case 413 -> Texts.get(locale, "error.title.413");
            case 414 -> Texts.get(locale, "error.title.414");
            case 415 -> Texts.get(locale, "error.title.415");
            case 431 -> Texts.get(locale, "error.title.431");
            case 503 -> Texts.get(locale, "error.title.503");
            default -> status >= 500 ? Texts.get(locale, "error.title.500") : Texts.get(locale, "error.title.other");
        };
    }

    static String detail(int status, Locale locale) {
        return switch (status) {
            case 400 -> Texts.get(locale, "error.detail.400");
            case 403 -> Texts.get(locale, "error.detail.403");
            case 404 -> Texts.get(locale, "error.detail.404");
            case 405 -> Texts.get(locale, "error.detail.405");
            case 413 -> Texts.get(locale, "error.detail.413");
            case 414 -> Texts.get(locale, "error.detail.414");
            case 415 -> Texts.get(locale, "error.detail.415");
            case 503 -> Texts.get(locale, "error.detail.503");
            default -> status >= 500 ? Texts.get(locale, "error.detail.500") : Texts.get(locale, "error.detail.other");
        };
    }
}
