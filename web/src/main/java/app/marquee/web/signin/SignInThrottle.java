package app.marquee.web.signin;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed sign-ins for one account name
 * within {@link #WINDOW}, sign-in for that name is refused for {@link #LOCK} (OWASP ASVS 2.2.1).
 *
 * <p>Names are counted whether or not an account has them, so a lock-out says nothing about which
 * names exist. The counts live in this server's memory: a restart forgets them, and several servers
 * behind one address would each count their own.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);
    // Bounds the memory a flood of made-up names can take; beyond it the stalest entries go.
    private static final int MAX_NAMES = 100_000;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public SignInThrottle() {
        this(Clock.systemUTC());
    }

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How much longer sign-in for {@code name} stays refused, or empty when it is not. */
    public Optional<Duration> lockedFor(String name) {
        Failures entry = failures.get(name);
        if (entry == null) {
            return Optional.empty();
        }
        synchronized (entry) {
            Instant now = clock.instant();
            if (entry.lockedUntil != null && now.isBefore(entry.lockedUntil)) {
                return Optional.of(Duration.between(now, entry.lockedUntil));
            }
            return Optional.empty();
        }
    }

    /** Counts a failed sign-in; returns true when this failure locked the name. */
    public boolean failed(String name) {
        if (failures.size() >= MAX_NAMES) {
            forgetStale();
        }
        Failures entry = failures.computeIfAbsent(name, n -> new Failures());
        synchronized (entry) {
            Instant now = clock.instant();
            entry.times.addLast(now);
            while (!entry.times.isEmpty() && entry.times.peekFirst().isBefore(now.minus(WINDOW))) {
                entry.times.removeFirst();
            }
            if (entry.times.size() >= MAX_FAILURES) {
                entry.lockedUntil = now.plus(LOCK);
                entry.times.clear();
                return true;
            }
            return false;
        }
    }

    /** A successful sign-in clears the name's failures. */
    public void succeeded(String name) {
        failures.remove(name);
    }

    private void forgetStale() {
        Instant now = clock.instant();
        failures.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                Failures entry = e.getValue();
                boolean locked = entry.lockedUntil != null && now.isBefore(entry.lockedUntil);
                Instant last = entry.times.peekLast();
                return !locked && (last == null || last.isBefore(now.minus(WINDOW)));
            }
        });
        if (failures.size() >= MAX_NAMES) {
            failures.clear(); // a flood of fresh names: better to forget than to run out of memory
        }
    }

    private static final class Failures {
        private final Deque<Instant> times = new ArrayDeque<>();
        private Instant lockedUntil;
    }
}
