package app.marquee.web.signin;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers when an admin last disabled an account, changed its role or reset its password, so that
 * the sessions signed in before that change end at their next request instead of keeping the old
 * rights for up to their idle timeout. Kept in memory: it only has to outlive sessions, which a
 * restart ends anyway.
 */
@ApplicationScoped
public class AccountChanges {

    private final Map<String, Instant> changedAt = new ConcurrentHashMap<>();

    /** Records a change to {@code username} now and returns its time. */
    public Instant changed(String username) {
        Instant now = Instant.now();
        changedAt.merge(username, now, (old, neu) -> neu.isAfter(old) ? neu : old);
        return changedAt.get(username);
    }

    /** Whether a session of {@code username} that signed in at {@code signedInAt} is out of date. */
    public boolean outdates(String username, Instant signedInAt) {
        Instant changed = changedAt.get(username);
        return changed != null && (signedInAt == null || changed.isAfter(signedInAt));
    }
}
