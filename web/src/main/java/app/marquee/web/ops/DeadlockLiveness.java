package app.marquee.web.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive unless threads are deadlocked: the one state a restart fixes and waiting does not. It
 * deliberately ignores the database, whose outage readiness reports; restarting Marquee would not
 * bring PostgreSQL back.
 */
@Liveness
@ApplicationScoped
public class DeadlockLiveness implements HealthCheck {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    @Override
    public HealthCheckResponse call() {
        long[] deadlocked = threads.findDeadlockedThreads();
        return HealthCheckResponse.named("deadlocks")
                .status(deadlocked == null)
                .withData("deadlockedThreads", deadlocked == null ? 0 : deadlocked.length)
                .build();
    }
}
