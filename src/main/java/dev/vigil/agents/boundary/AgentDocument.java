package dev.vigil.agents.boundary;

import dev.vigil.agents.entity.Agent;
import dev.vigil.agents.entity.Step;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** An agent as clients write and read it; {@code created_at} and {@code updated_at} are ignored on input. */
public record AgentDocument(
        @Pattern(regexp = Slug.PATTERN, message = Slug.MESSAGE)
        String id,

        @NotBlank @Size(max = 200) String name,
        @Size(max = 2000) String description,
        @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid Step> steps,
        @Positive @Max(86_400_000) Long timeoutMs,
        Instant createdAt,
        Instant updatedAt) {

    static AgentDocument of(Agent agent) {
        return new AgentDocument(
                agent.id(),
                agent.name(),
                agent.description(),
                agent.steps(),
                agent.timeoutMs(),
                agent.createdAt(),
                agent.updatedAt());
    }
}
