package dev.vigil.monitoring.health.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigil.agents.control.RuntimeLifecycle;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class StartupCheckTest {

    @Test
    void isDownUntilTheRuntimeHasStarted() {
        StartupCheck cut = new StartupCheck();
        cut.runtime = new RuntimeLifecycle();
        HealthCheckResponse before = cut.call();
        assertEquals(HealthCheckResponse.Status.DOWN, before.getStatus());
        assertEquals("startup", before.getName());
    }
}
