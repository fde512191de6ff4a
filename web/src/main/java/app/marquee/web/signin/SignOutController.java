package app.marquee.web.signin;

import app.marquee.web.pages.StaleFlashScope;
import app.marquee.web.pages.Views;
import jakarta.enterprise.context.RequestScoped;
import jakarta.mvc.Controller;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/** Signing out: a POST carrying the CSRF token (so no other site can sign someone out); it ends the session. */
@Controller
@RequestScoped
@Path("signout")
public class SignOutController {

    @Context
    HttpServletRequest request;

    @POST
    public Response signOut() throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        request.removeAttribute(StaleFlashScope.SCOPE_ATTRIBUTE); // its flash scope went with the session
        return Views.redirect("/");
    }
}
