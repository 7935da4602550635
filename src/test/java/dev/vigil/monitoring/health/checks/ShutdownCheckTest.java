package dev.vigil.monitoring.health.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class ShutdownCheckTest {

    @Test
    void isUpUntilTheServerBeginsToStop() {
        ShutdownCheck cut = new ShutdownCheck();
        assertEquals(HealthCheckResponse.Status.UP, cut.call().getStatus());
        cut.beginStopping();
        HealthCheckResponse draining = cut.call();
        assertEquals(HealthCheckResponse.Status.DOWN, draining.getStatus());
        assertEquals(true, draining.getData().orElseThrow().get("stopping"));
    }
}
