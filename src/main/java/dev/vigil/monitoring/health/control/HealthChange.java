package dev.vigil.monitoring.health.control;

/**
 * CDI event: a check reported for the first time, or its status flipped. Fired on the check's own
 * thread; observers must be quick and must not throw (a failing observer is logged, never the probe's problem).
 */
public record HealthChange(String check, boolean up) {}
