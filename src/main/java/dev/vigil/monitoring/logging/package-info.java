/**
 * Structured logs: every line a JSON object (logback with Vigil's {@link dev.vigil.monitoring.logging.JsonLineEncoder},
 * configured by the WAR's {@code logback.xml}), with the context bound in the MDC — {@code request_id} per HTTP
 * request ({@link dev.vigil.monitoring.logging.RequestLogFilter}), carried into the executions it
 * starts, and {@code agent_id}, {@code execution_id}, {@code skill_id} bound by interceptors for
 * the duration of an execution or a skill call ({@link dev.vigil.monitoring.logging.LoggedExecution},
 * {@link dev.vigil.monitoring.logging.LoggedSkill}).
 */
package dev.vigil.monitoring.logging;
