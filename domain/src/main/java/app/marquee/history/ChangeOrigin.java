package app.marquee.history;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Who is changing the catalogue on this thread: set around each request by the web layer and read
 * by {@link RevisionStamp} when a transaction's changes are recorded. A thread-local because Envers
 * creates the listener itself, outside CDI, and a request is served on one thread from start to end.
 *
 * <p>The account is asked for only when a change is recorded: the request knows its caller only after
 * authentication, which runs after the code that opens the origin.
 */
public final class ChangeOrigin {

    /** The account recorded for changes made with no caller: the sample data, migrations. */
    public static final String SYSTEM_ACCOUNT = "marquee";

    private static final ThreadLocal<ChangeOrigin> CURRENT = new ThreadLocal<>();
    private static final ChangeOrigin SYSTEM = new ChangeOrigin(() -> SYSTEM_ACCOUNT, Channel.SYSTEM, null);

    private final Supplier<String> account;
    private final Channel channel;
    private final String requestId;

    private ChangeOrigin(Supplier<String> account, Channel channel, String requestId) {
        this.account = Objects.requireNonNull(account, "account");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.requestId = requestId;
    }

    /**
     * Makes changes on this thread count as the given caller's until the returned scope is closed.
     *
     * @param account  asked when a change is recorded; null or blank means nobody is signed in
     */
    public static Scope open(Supplier<String> account, Channel channel, String requestId) {
        ChangeOrigin previous = CURRENT.get();
        CURRENT.set(new ChangeOrigin(account, channel, requestId));
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** The origin of changes made now: the open one, or Marquee itself when none is open. */
    public static ChangeOrigin current() {
        ChangeOrigin origin = CURRENT.get();
        return origin == null ? SYSTEM : origin;
    }

    /** The account to record; {@code "anonymous"} if none is known (writes need one, so it should not be seen). */
    public String account() {
        String name = account.get();
        return name == null || name.isBlank() ? "anonymous" : name;
    }

    public Channel channel() {
        return channel;
    }

    public String requestId() {
        return requestId;
    }

    /** Closes an origin without a checked exception. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
