package dev.vigil.monitoring.health.checks;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Heap used against its maximum. Reports only: a full heap before a collection is normal, and a
 * JVM that really runs out dies with OutOfMemoryError, which the platform restarts anyway.
 */
@Liveness
@ApplicationScoped
public class HeapCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return HealthCheckResponse.named("heap")
                .withData("used_bytes", heap.getUsed())
                .withData("committed_bytes", heap.getCommitted())
                .withData("max_bytes", heap.getMax())
                .up()
                .build();
    }
}
