package dev.vigil.agents.control;

import dev.vigil.agents.entity.ExecutionStatus;
import dev.vigil.agents.entity.Step;
import dev.vigil.monitoring.metrics.control.MeasuredExecution;
import dev.vigil.skills.control.SkillInvoker;
import dev.vigil.skills.control.SkillRegistry;
import dev.vigil.skills.entity.Skill;
import dev.vigil.skills.entity.SkillCall;
import dev.vigil.skills.entity.SkillException;
import dev.vigil.skills.entity.SkillTimeoutException;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the steps of one execution in order, each step's output the next one's input, and stops
 * at the first step that fails or passes the deadline. Knows nothing of threads or databases:
 * what happens is reported to a {@link Listener}.
 */
public class StepChain {

    private static final Logger LOG = LoggerFactory.getLogger(StepChain.class);

    /** Told about each step as it starts and ends, e.g. to record it. */
    public interface Listener {
        void stepStarted(int index, String skillId, Instant at);

        void stepFinished(int index, ExecutionStatus status, JsonValue output, String error, Duration took);
    }

    public record Outcome(ExecutionStatus status, JsonValue output, String error)
            implements MeasuredExecution.Result, dev.vigil.monitoring.logging.LoggedExecution.Result {
        @Override
        public String statusName() {
            return status.wireName();
        }
    }

    private final SkillRegistry skills;
    private final SkillInvoker invoker;
    private final Clock clock;

    public StepChain(SkillRegistry skills, SkillInvoker invoker, Clock clock) {
        this.skills = skills;
        this.invoker = invoker;
        this.clock = clock;
    }

    public Outcome run(List<Step> steps, JsonValue input, Instant deadline, Listener listener) {
        JsonValue current = input;
        for (int index = 0; index < steps.size(); index++) {
            Step step = steps.get(index);
            Instant started = clock.instant();
            listener.stepStarted(index, step.skill(), started);
            StepResult result = runOne(step, current, deadline, started);
            Duration took = Duration.between(started, clock.instant());
            listener.stepFinished(index, result.status(), result.output(), result.error(), took);
            if (result.status() != ExecutionStatus.SUCCEEDED) {
                return new Outcome(
                        result.status(), null, "step " + index + " (" + step.skill() + "): " + result.error());
            }
            current = result.output();
        }
        return new Outcome(ExecutionStatus.SUCCEEDED, current, null);
    }

    private record StepResult(ExecutionStatus status, JsonValue output, String error) {}

    private StepResult runOne(Step step, JsonValue input, Instant deadline, Instant now) {
        if (!now.isBefore(deadline)) {
            return new StepResult(ExecutionStatus.TIMED_OUT, null, "deadline reached before the step started");
        }
        Skill skill = skills.find(step.skill()).orElse(null);
        if (skill == null) {
            // The skill was there when the agent was saved; this instance runs a build without it.
            return new StepResult(
                    ExecutionStatus.FAILED, null, "skill '" + step.skill() + "' is not available on this instance");
        }
        try {
            JsonValue output = invoker.invoke(skill, new SkillCall(input, step.params(), deadline));
            if (output == null) {
                output = JsonValue.NULL;
            }
            if (!clock.instant().isBefore(deadline)) {
                return new StepResult(ExecutionStatus.TIMED_OUT, null, "deadline reached during the step");
            }
            return new StepResult(ExecutionStatus.SUCCEEDED, output, null);
        } catch (SkillTimeoutException e) {
            return new StepResult(ExecutionStatus.TIMED_OUT, null, e.getMessage());
        } catch (SkillException e) {
            return new StepResult(ExecutionStatus.FAILED, null, e.getMessage());
        } catch (RuntimeException e) {
            String incidentId = UUID.randomUUID().toString();
            LOG.error("Skill {} threw unexpectedly, incident_id={}", step.skill(), incidentId, e);
            return new StepResult(
                    ExecutionStatus.FAILED,
                    null,
                    "internal error in skill '" + step.skill() + "' (incident_id " + incidentId + ")");
        }
    }
}
