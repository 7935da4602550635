package dev.vigil.agents.boundary;

import dev.vigil.agents.entity.Execution;
import dev.vigil.agents.entity.ExecutionStep;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;

/** An execution as the API shows it; {@code steps} is left out of lists. */
public record ExecutionView(
        String id,
        String agentId,
        String status,
        JsonValue input,
        JsonValue output,
        String error,
        String instance,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        List<StepView> steps) {

    public record StepView(
            int index,
            String skillId,
            String status,
            Instant startedAt,
            Long durationMs,
            JsonValue output,
            String error) {
        static StepView of(ExecutionStep step) {
            return new StepView(
                    step.index(),
                    step.skillId(),
                    step.status().wireName(),
                    step.startedAt(),
                    step.durationMs(),
                    json(step.output()),
                    step.error());
        }
    }

    static ExecutionView of(Execution execution, List<ExecutionStep> steps) {
        return new ExecutionView(
                execution.id(),
                execution.agentId(),
                execution.status().wireName(),
                json(execution.input()),
                json(execution.output()),
                execution.error(),
                execution.ownerInstance(),
                execution.createdAt(),
                execution.startedAt(),
                execution.finishedAt(),
                steps == null ? null : steps.stream().map(StepView::of).toList());
    }

    private static JsonValue json(String text) {
        if (text == null) {
            return null;
        }
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }
}
