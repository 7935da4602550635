/**
 * Vigil's own health checks, one class each: liveness looks only inside the JVM
 * ({@code heap}, {@code deadlocks}); readiness looks at what serving needs ({@code database},
 * {@code disk-space}); startup says when the runtime is up ({@code startup}).
 */
package dev.vigil.monitoring.health.checks;
