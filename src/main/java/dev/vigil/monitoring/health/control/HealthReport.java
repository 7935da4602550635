package dev.vigil.monitoring.health.control;

import java.util.List;

/** The results of every check of one kind (or of all kinds), each with its age. */
public record HealthReport(List<Entry> entries) {

    public record Entry(CheckResult result, long ageMillis) {}

    /** UP when every check is UP; no checks is UP too (MicroProfile Health). */
    public boolean up() {
        return entries.stream().allMatch(entry -> entry.result().up());
    }
}
