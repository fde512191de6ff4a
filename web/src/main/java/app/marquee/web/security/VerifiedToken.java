package app.marquee.web.security;

import java.security.Principal;
import java.time.Instant;
import java.util.Set;

/**
 * A token that passed every check; the request's principal, named by its subject.
 *
 * @param subject   who it was issued to ({@code sub}, else {@code upn} or {@code preferred_username})
 * @param issuer    its {@code iss}
 * @param groups    its groups, read from the configured groups claim
 * @param expiresAt its {@code exp}
 */
public record VerifiedToken(String subject, String issuer, Set<String> groups, Instant expiresAt)
        implements Principal {

    public VerifiedToken {
        groups = Set.copyOf(groups);
    }

    @Override
    public String getName() {
        return subject;
    }
}
