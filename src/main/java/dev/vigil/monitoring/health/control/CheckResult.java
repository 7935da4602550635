package dev.vigil.monitoring.health.control;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * What one check said, and when. {@code reason} is set only by the runner (timeouts, exceptions):
 * its wording is Vigil's own, so it is safe to show to anyone; {@code data} is the check's.
 */
public record CheckResult(String name, boolean up, Map<String, Object> data, String reason, Instant at) {

    public CheckResult {
        data = data == null ? Map.of() : Map.copyOf(data);
    }

    static CheckResult of(HealthCheckResponse response, Instant at) {
        return new CheckResult(
                response.getName(),
                response.getStatus() == HealthCheckResponse.Status.UP,
                response.getData().orElse(Map.of()),
                null,
                at);
    }

    static CheckResult down(String name, String reason, Map<String, Object> data, Instant at) {
        return new CheckResult(name, false, data, reason, at);
    }

    /**
     * The data to show: everything for a trusted caller; otherwise only numbers and booleans, which
     * cannot carry a message. {@code age_ms} joins the check's own data; a check that reports no
     * data gets none, as the MicroProfile Health format has it (no {@code data} member).
     */
    public Map<String, Object> visibleData(boolean fullDetails, long ageMillis) {
        Map<String, Object> visible = new LinkedHashMap<>();
        if (data.isEmpty() && reason == null) {
            return visible;
        }
        data.forEach((key, value) -> {
            if (fullDetails || value instanceof Number || value instanceof Boolean) {
                visible.put(key, value);
            }
        });
        if (reason != null) {
            visible.put("reason", reason);
        }
        visible.put("age_ms", ageMillis);
        return visible;
    }
}
