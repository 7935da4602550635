package dev.vigil.monitoring.health.checks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * DOWN from the moment the server begins to stop (SIGTERM reaches the JVM, or the application is
 * being stopped), so load balancers drain the instance while in-flight work ends; liveness stays UP.
 */
@Readiness
@ApplicationScoped
public class ShutdownCheck implements HealthCheck {

    private volatile boolean stopping;
    private Thread hook;

    void watch(@Observes @Initialized(ApplicationScoped.class) Object event) {
        hook = new Thread(this::beginStopping, "vigil-readiness-drain");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    void applicationStopping(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
        beginStopping();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the JVM is exiting: the hook has run or is running
        }
    }

    void beginStopping() {
        stopping = true;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("shutdown")
                .withData("stopping", stopping)
                .status(!stopping)
                .build();
    }
}
