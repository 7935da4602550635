package dev.vigil.monitoring.health.boundary;

import dev.vigil.monitoring.health.control.HealthReport;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;

/** Renders a report in the MicroProfile Health format or the IETF health+json draft. */
final class HealthDocument {

    static final String IETF = "application/health+json";
    static final jakarta.ws.rs.core.MediaType IETF_TYPE = jakarta.ws.rs.core.MediaType.valueOf(IETF);

    /** JSON.createObjectBuilder() looks the provider up anew on every call; probes are hot paths. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private HealthDocument() {}

    /** {"status":"UP","checks":[{"name","status","data"}]} — nothing else at the top level, as the spec's schema demands. */
    static JsonObject microProfile(HealthReport report, boolean fullDetails) {
        JsonArrayBuilder checks = JSON.createArrayBuilder();
        for (HealthReport.Entry entry : report.entries()) {
            JsonObjectBuilder check = JSON.createObjectBuilder()
                    .add("name", entry.result().name())
                    .add("status", entry.result().up() ? "UP" : "DOWN");
            Map<String, Object> data = entry.result().visibleData(fullDetails, entry.ageMillis());
            if (!data.isEmpty()) {
                check.add("data", data(data));
            }
            checks.add(check);
        }
        return JSON.createObjectBuilder()
                .add("status", report.up() ? "UP" : "DOWN")
                .add("checks", checks)
                .build();
    }

    /** draft-inadarei-api-health-check: pass/fail, checks keyed by name. */
    static JsonObject ietf(HealthReport report, boolean fullDetails) {
        JsonObjectBuilder checks = JSON.createObjectBuilder();
        for (HealthReport.Entry entry : report.entries()) {
            JsonObjectBuilder check = JSON.createObjectBuilder()
                    .add("status", entry.result().up() ? "pass" : "fail")
                    .add("time", entry.result().at().toString());
            Map<String, Object> data = entry.result().visibleData(fullDetails, entry.ageMillis());
            if (entry.result().reason() != null) {
                check.add("output", entry.result().reason());
            }
            if (!data.isEmpty()) {
                check.add("vigil:data", data(data));
            }
            checks.add(entry.result().name(), JSON.createArrayBuilder().add(check));
        }
        return JSON.createObjectBuilder()
                .add("status", report.up() ? "pass" : "fail")
                .add("checks", checks)
                .build();
    }

    private static JsonObjectBuilder data(Map<String, Object> data) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        data.forEach((key, value) -> {
            if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
                json.add(key, ((Number) value).longValue());
            } else if (value instanceof Number number) {
                json.add(key, number.doubleValue());
            } else if (value instanceof Boolean bool) {
                json.add(key, bool);
            } else {
                json.add(key, String.valueOf(value));
            }
        });
        return json;
    }
}
