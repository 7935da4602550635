package dev.vigil.agents.control;

import dev.vigil.agents.entity.ExecutionStatus;
import dev.vigil.monitoring.logging.LoggedExecution;
import dev.vigil.monitoring.metrics.control.MeasuredExecution;
import dev.vigil.skills.control.SkillInvoker;
import dev.vigil.skills.control.SkillRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Runs one execution's steps and records each in the ledger; measured as a whole by {@link MeasuredExecution}. */
@ApplicationScoped
public class ExecutionRunner {

    @Inject
    SkillRegistry skills;

    @Inject
    SkillInvoker invoker;

    @Inject
    ExecutionLedger ledger;

    Clock clock = Clock.systemUTC();

    @LoggedExecution
    @MeasuredExecution
    public StepChain.Outcome run(ExecutionTask task) {
        return new StepChain(skills, invoker, clock)
                .run(task.steps(), task.input(), task.deadline(), new StepChain.Listener() {
                    @Override
                    public void stepStarted(int index, String skillId, Instant at) {
                        ledger.stepStarted(task.executionId(), index, skillId, at);
                    }

                    @Override
                    public void stepFinished(
                            int index, ExecutionStatus status, JsonValue output, String error, Duration took) {
                        ledger.stepFinished(
                                task.executionId(),
                                index,
                                status,
                                output == null ? null : output.toString(),
                                error,
                                took);
                    }
                });
    }
}
