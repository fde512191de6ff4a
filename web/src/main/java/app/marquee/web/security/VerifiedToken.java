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
 * @param personalId for a personal token an account created on its tokens page (signed by the
 *                   application's own issuer), the id of its record; null for any other token
 */
public record VerifiedToken(String subject, String issuer, Set<String> groups, Instant expiresAt, String personalId)
        implements Principal {

    public VerifiedToken {
        groups = Set.copyOf(groups);
    }

    /** The same token with the groups its account has now, which may be fewer than when it was issued. */
    VerifiedToken withGroups(Set<String> current) {
        return new VerifiedToken(subject, issuer, current, expiresAt, personalId);
    }

    @Override
    public String getName() {
        return subject;
    }
}
