package dev.vigil.monitoring.health.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The health endpoints at {@code <context root>/health}, apart from the API at {@code /api}. */
@ApplicationPath("health")
public class HealthApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(HealthResource.class);
    }
}
