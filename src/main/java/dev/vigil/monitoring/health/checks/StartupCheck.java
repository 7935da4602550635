package dev.vigil.monitoring.health.checks;

import dev.vigil.agents.control.RuntimeLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/** DOWN until the runtime has migrated the schema, recovered abandoned executions and started its lease heartbeat. */
@Startup
@ApplicationScoped
public class StartupCheck implements HealthCheck {

    @Inject
    RuntimeLifecycle runtime;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("startup").status(runtime.isStarted()).build();
    }
}
