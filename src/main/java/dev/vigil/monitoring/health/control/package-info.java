/**
 * Runs MicroProfile Health checks the way orchestrators need them run: each check on its own
 * deadline, all of a kind in parallel, results cached for a short TTL with at most one call of a
 * check in flight ({@link dev.vigil.monitoring.health.control.CachedCheck}), status changes logged
 * once. Also the MicroProfile Health runtime piece that Liberty's switched-off {@code mpHealth}
 * would have supplied: {@link dev.vigil.monitoring.health.control.HealthResponses}, so
 * {@code HealthCheckResponse.up(...)} and {@code builder()} work. Depends on nothing else in Vigil,
 * so it can be added to any WAR (the TCK's included).
 */
package dev.vigil.monitoring.health.control;
