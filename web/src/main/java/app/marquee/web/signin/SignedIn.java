package app.marquee.web.signin;

import app.marquee.account.Role;
import app.marquee.web.pages.FlashMessages;
import app.marquee.web.security.SessionCsrfTokens;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Who is looking at the page, for the templates ({@code ${signedIn.editor}} shows the edit controls)
 * and the layout (the account menu, the sign-out form, the demo-password banner and the flash
 * message). Nothing here creates an HTTP session: a visitor who is not signed in has none, and
 * reading a page must not give them one.
 */
@Named("signedIn")
@RequestScoped
public class SignedIn {

    @Inject
    HttpServletRequest request;

    @Inject
    DemoPasswords demoPasswords;

    @Inject
    Instance<FlashMessages> flash;

    /** The account name, or null when nobody is signed in. */
    public String getName() {
        return request.getRemoteUser();
    }

    public boolean isPresent() {
        return request.getRemoteUser() != null;
    }

    public boolean isEditor() {
        return isPresent() && request.isUserInRole(Role.EDITOR.group());
    }

    public boolean isAdmin() {
        return isPresent() && request.isUserInRole(Role.ADMIN.group());
    }

    /** The CSRF token of the session, for forms outside Jakarta MVC's views (the layout's sign-out). */
    public String getCsrfToken() {
        return SessionCsrfTokens.existing(request).orElse("");
    }

    public boolean isDemoPasswordInUse() {
        return demoPasswords.inUse();
    }

    /**
     * The message a successful form left for the page it redirected to. Only a session can carry one,
     * and the redirect scope would open a session just to look, so without a session there is none;
     * nor on the container's error pages, which are not rendered through Jakarta MVC.
     */
    public String getFlash() {
        if (request.getSession(false) == null || request.getDispatcherType() == DispatcherType.ERROR) {
            return null;
        }
        return flash.get().getMessage();
    }
}
