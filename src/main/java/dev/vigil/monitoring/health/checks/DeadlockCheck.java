package dev.vigil.monitoring.health.checks;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Deadlocked threads never recover on their own: DOWN, so the orchestrator restarts the process. */
@Liveness
@ApplicationScoped
public class DeadlockCheck implements HealthCheck {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    @Override
    public HealthCheckResponse call() {
        long[] deadlocked = threads.findDeadlockedThreads();
        int count = deadlocked == null ? 0 : deadlocked.length;
        return HealthCheckResponse.named("deadlocks")
                .withData("deadlocked_threads", count)
                .status(count == 0)
                .build();
    }
}
