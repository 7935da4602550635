package dev.vigil.agents.control;

import dev.vigil.agents.entity.Step;
import dev.vigil.monitoring.logging.LoggedExecution;
import dev.vigil.monitoring.metrics.control.MeasuredExecution;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;

/** One admitted execution, ready to run: what {@link ExecutionRunner} needs, nothing of the request. */
public record ExecutionTask(String executionId, String agentId, List<Step> steps, JsonValue input, Instant deadline)
        implements MeasuredExecution.Subject, LoggedExecution.Subject {}
