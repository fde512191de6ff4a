package app.marquee.web.signin;

import app.marquee.account.Account;
import app.marquee.web.i18n.PageTexts;
import app.marquee.web.ops.SecurityMetrics;
import app.marquee.web.pages.FieldErrors;
import app.marquee.web.pages.FlashMessages;
import app.marquee.web.pages.Views;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Signing in. It checks the throttle, then hands the credential to Jakarta Security
 * ({@link SignInMechanism}); on success the session gets a new id (no session fixation) and the person
 * goes back to where they were going.
 */
@Controller
@RequestScoped
@Path("signin")
public class SignInController {

    private static final Logger LOG = Logger.getLogger(SignInController.class.getName());

    @Inject
    SecurityContext security;

    @Inject
    SignInThrottle throttle;

    @Inject
    SecurityMetrics metrics;

    @Inject
    Models models;

    @Inject
    FlashMessages flash;

    @Inject
    PageTexts texts;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @GET
    public Response form(@QueryParam("next") String next) {
        Optional<String> target = LocalPath.of(next);
        if (request.getRemoteUser() != null) {
            return Views.redirect(target.orElse("/"));
        }
        request.getSession(true); // the form's CSRF token lives in the session
        return page(Status.OK, "", target.orElse(null), FieldErrors.none(), null);
    }

    @POST
    public Response signIn(
            @FormParam("username") String username,
            @FormParam("password") String password,
            @FormParam("next") String next) {
        String name = username == null ? "" : Account.normalize(username);
        String target = LocalPath.of(next).orElse(null);
        FieldErrors errors = FieldErrors.none();
        if (name.isEmpty()) {
            errors.add("username", texts.text("signin.username.missing"));
        }
        if (password == null || password.isEmpty()) {
            errors.add("password", texts.text("signin.password.missing"));
        }
        if (!errors.isEmpty()) {
            return page(Status.BAD_REQUEST, name, target, errors, null);
        }
        Optional<Duration> locked = throttle.lockedFor(name);
        if (locked.isPresent()) {
            return lockedOut(name, target, locked.get());
        }
        AuthenticationStatus status = security.authenticate(
                request,
                response,
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(name, new Password(password)))
                        .newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            metrics.signInFailed();
            if (throttle.failed(name)) {
                LOG.warning(() -> "Sign-in: too many failures for one account name; refused for "
                        + SignInThrottle.LOCK.toMinutes() + " minutes");
                return lockedOut(name, target, SignInThrottle.LOCK);
            }
            return page(Status.UNAUTHORIZED, name, target, FieldErrors.none(), texts.text("signin.wrong"));
        }
        throttle.succeeded(name);
        request.changeSessionId();
        request.getSession().setAttribute(PageAccess.SIGNED_IN_AT, Instant.now());
        flash.setMessage(texts.text("signin.done", request.getRemoteUser()));
        return Views.redirect(target != null ? target : "/");
    }

    private Response lockedOut(String name, String target, Duration remaining) {
        long minutes = Math.max(1, (remaining.toSeconds() + 59) / 60);
        String message = texts.text("signin.locked", minutes);
        // The view writes through the servlet response, so headers go there too.
        response.setHeader("Retry-After", String.valueOf(remaining.toSeconds()));
        return page(Status.TOO_MANY_REQUESTS, name, target, FieldErrors.none(), message);
    }

    private Response page(Status status, String username, String next, FieldErrors errors, String failure) {
        models.put("username", username);
        models.put("next", next);
        models.put("errors", errors);
        models.put("failure", failure);
        if (status == Status.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Form realm=\"marquee\"");
        }
        return Views.render(response, status, "signin.html");
    }
}
