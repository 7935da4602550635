/**
 * The HTTP side of metrics: {@code GET /health/metrics} (Prometheus text or OpenMetrics) and the
 * filter that counts every request by route template.
 */
package dev.vigil.monitoring.metrics.boundary;
