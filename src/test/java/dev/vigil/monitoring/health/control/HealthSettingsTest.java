package dev.vigil.monitoring.health.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HealthSettingsTest {

    static HealthSettings defaults() {
        HealthSettings settings = new HealthSettings();
        settings.databaseTimeoutMillis = 1000;
        settings.checkTimeoutMillis = 5000;
        settings.cacheTtlMillis = 1000;
        settings.diskPath = Optional.empty();
        settings.diskMinFreeBytes = 1L << 30;
        settings.details = "authenticated";
        settings.detailsRole = "ops";
        return settings;
    }

    @Test
    void theDefaultsAreValid() {
        assertDoesNotThrow(defaults()::validate);
    }

    @Test
    void outOfRangeValuesStopStartupNamingTheKey() {
        HealthSettings negativeTtl = defaults();
        negativeTtl.cacheTtlMillis = -1;
        assertEquals(
                "Invalid configuration: vigil.health.cache.ttl must be between 0 and 60000, is -1",
                assertThrows(IllegalStateException.class, negativeTtl::validate).getMessage());

        HealthSettings zeroDeadline = defaults();
        zeroDeadline.databaseTimeoutMillis = 0;
        assertThrows(IllegalStateException.class, zeroDeadline::validate);

        HealthSettings negativeDisk = defaults();
        negativeDisk.diskMinFreeBytes = -5;
        assertThrows(IllegalStateException.class, negativeDisk::validate);

        HealthSettings unknownPolicy = defaults();
        unknownPolicy.details = "sometimes";
        assertThrows(IllegalStateException.class, unknownPolicy::validate);
    }
}
