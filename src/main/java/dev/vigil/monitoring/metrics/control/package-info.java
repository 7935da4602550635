/**
 * Prometheus metrics, recorded in the MicroProfile Metrics application registry (which Liberty's
 * {@code mpMetrics} also serves at {@code /metrics}). Counting is done by CDI interceptor bindings
 * on the runtime's execution and data-access methods ({@link dev.vigil.monitoring.metrics.control.MeasuredExecution},
 * {@link dev.vigil.monitoring.metrics.control.MeasuredSkill}, {@link dev.vigil.monitoring.metrics.control.MeasuredQuery})
 * and by a JAX-RS filter, never by calls in business code. User-chosen label values are capped by
 * {@link dev.vigil.monitoring.metrics.control.LabelGuard}; {@link dev.vigil.monitoring.metrics.control.PrometheusExposition}
 * renders the registry with the Prometheus client library's text formats.
 */
package dev.vigil.monitoring.metrics.control;
