/**
 * {@code /health}, {@code /health/live}, {@code /health/ready}, {@code /health/started}: the
 * MicroProfile Health 4.0 wire format (or the IETF {@code application/health+json} draft when the
 * Accept header asks), 200 when every check is UP and 503 otherwise, with {@code Cache-Control}
 * matching the result cache. The resource serves at {@code /health} of whatever JAX-RS application at the WAR's root holds it.
 */
package dev.vigil.monitoring.health.boundary;
