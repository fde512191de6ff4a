package app.marquee.web.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts refused credentials, so that an operator sees guessing or a misconfigured client:
 * {@code marquee.signin.failures} (a wrong name or password on the sign-in page) and
 * {@code marquee.token.refusals} tagged with the refusal's problem type ({@code token-expired}, ...).
 */
@ApplicationScoped
public class SecurityMetrics {

    static final String SIGN_IN_FAILURES = "marquee.signin.failures";
    static final String TOKEN_REFUSALS = "marquee.token.refusals";

    @Inject
    MetricRegistry metrics;

    /** Publishes the sign-in counter at 0 from the start, so that a dashboard sees it before the first failure. */
    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        metrics.counter(SIGN_IN_FAILURES);
    }

    /** A sign-in attempt with a wrong user name or password. */
    public void signInFailed() {
        metrics.counter(SIGN_IN_FAILURES).inc();
    }

    /** A bearer token refused by the API; {@code reason} is a short fixed name, never the token. */
    public void tokenRefused(String reason) {
        metrics.counter(TOKEN_REFUSALS, new Tag("reason", reason)).inc();
    }
}
