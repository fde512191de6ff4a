package app.marquee.web.pages;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.mvc.event.BeforeControllerEvent;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Forgets a flash-message cookie whose session is gone (it expired, or its owner signed out). Krazo
 * keeps the flash message in the session and the cookie only names it; with the session gone,
 * Krazo would open a new one after the page was already sent, which fails and breaks the page. The
 * flash message is lost with its session anyway.
 */
@ApplicationScoped
public class StaleFlashScope {

    /** Where Krazo notes the flash scope a request belongs to. */
    public static final String SCOPE_ATTRIBUTE = "org.eclipse.krazo.redirect.attribute.ScopeId";

    @Inject
    HttpServletRequest request;

    // After Krazo's own observer, which reads the cookie into the attribute.
    void forgetWithoutSession(
            @Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 100) BeforeControllerEvent event) {
        if (request.getSession(false) == null) {
            request.removeAttribute(SCOPE_ATTRIBUTE);
        }
    }
}
