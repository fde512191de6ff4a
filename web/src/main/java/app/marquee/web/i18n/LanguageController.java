package app.marquee.web.i18n;

import app.marquee.web.signin.LocalPath;
import jakarta.enterprise.context.RequestScoped;
import jakarta.mvc.Controller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/**
 * The footer's language switch: remembers the language in a cookie (a year; not the session) and
 * goes back to the page it was chosen on. A language Marquee does not have changes nothing.
 */
@Controller
@RequestScoped
@Path("language")
public class LanguageController {

    static final int ONE_YEAR = 365 * 24 * 60 * 60;

    @GET
    public Response choose(@QueryParam("to") String to, @QueryParam("next") String next) {
        String back = next == null ? "/" : LocalPath.of(next).orElse("/");
        Response.ResponseBuilder answer = Response.ok("redirect:" + back);
        Languages.supported(to)
                .ifPresent(language -> answer.cookie(new NewCookie.Builder(Languages.COOKIE)
                        .value(language.getLanguage())
                        .path("/")
                        .maxAge(ONE_YEAR)
                        .httpOnly(true)
                        .sameSite(NewCookie.SameSite.LAX)
                        .build()));
        return answer.header("Cache-Control", "no-store").build();
    }
}
