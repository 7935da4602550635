package dev.vigil.monitoring.health.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckResultTest {

    CheckResult down = new CheckResult(
            "database",
            false,
            Map.of(
                    "timeout_ms",
                    1000L,
                    "error",
                    "PSQLException: FATAL: password authentication failed for user \"vigil\" at db.internal:5432",
                    "pool_ok",
                    true),
            null,
            Instant.EPOCH);

    @Test
    void anonymousCallersSeeNumbersAndBooleansOnly() {
        assertEquals(Map.of("timeout_ms", 1000L, "pool_ok", true, "age_ms", 7L), down.visibleData(false, 7));
    }

    @Test
    void trustedCallersSeeEverything() {
        assertEquals(4, down.visibleData(true, 7).size());
    }

    @Test
    void theRunnersOwnReasonIsAlwaysShown() {
        CheckResult timeout =
                CheckResult.down("database", "timeout after 1000 ms", Map.of("timeout_ms", 1000L), Instant.EPOCH);
        assertEquals("timeout after 1000 ms", timeout.visibleData(false, 0).get("reason"));
    }

    @Test
    void aCheckWithoutDataGetsNoDataMember() {
        assertEquals(Map.of(), new CheckResult("plain", true, Map.of(), null, Instant.EPOCH).visibleData(true, 5));
    }
}
