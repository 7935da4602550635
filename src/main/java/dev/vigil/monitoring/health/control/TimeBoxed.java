package dev.vigil.monitoring.health.control;

import java.time.Duration;

/** A health check with a deadline of its own; others get {@code vigil.health.check.timeout}. */
public interface TimeBoxed {

    Duration deadline();
}
