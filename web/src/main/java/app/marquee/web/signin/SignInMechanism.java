package app.marquee.web.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/**
 * How the pages authenticate. It acts when the sign-in page hands it a credential (through
 * {@code SecurityContext.authenticate}): the identity store decides, and a success is remembered in
 * the HTTP session, name and groups, for the requests that follow. Every other request of a session
 * signed in that way is authenticated from the session; a visitor who is not signed in passes
 * untouched (which pages need which role is {@link PageAccess}'s decision) and never gets a session
 * from here.
 *
 * <p>Not {@code @AutoApplySession}: on Payara that hands the container only the caller's principal and
 * leaves it to find the groups again, which under load sometimes fails (payara/Payara#6145), so that a
 * signed-in editor now and then got a 403. The groups are given explicitly instead.
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    /** Session attribute: who signed in, with their groups at that moment. */
    static final String CALLER = SignInMechanism.class.getName() + ".caller";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential == null) {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(CALLER) instanceof SessionCaller caller) {
                return context.notifyContainerAboutLogin(caller.name(), caller.groups());
            }
            return context.doNothing();
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // No response is written: the sign-in page shows the failure itself.
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true)
                .setAttribute(
                        CALLER,
                        new SessionCaller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
        return context.notifyContainerAboutLogin(result);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    /** What a signed-in session carries. */
    record SessionCaller(String name, Set<String> groups) implements Serializable {}
}
