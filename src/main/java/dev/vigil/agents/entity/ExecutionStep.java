package dev.vigil.agents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** The record of one step of one execution, written when the step starts and again when it ends. */
@Entity
@Table(name = "execution_steps")
@IdClass(ExecutionStep.Key.class)
@NamedQuery(
        name = ExecutionStep.OF_EXECUTION,
        query = "SELECT s FROM ExecutionStep s WHERE s.executionId = :executionId ORDER BY s.stepIndex")
public class ExecutionStep {

    public static final String OF_EXECUTION = "ExecutionStep.ofExecution";

    @Id
    @Column(name = "execution_id", length = 36)
    private String executionId;

    @Id
    @Column(name = "step_index")
    private int stepIndex;

    @Column(name = "skill_id", nullable = false, length = 100)
    private String skillId;

    @Column(nullable = false, length = 16)
    private ExecutionStatus status;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "duration_ms")
    private Long durationMs;

    @Lob
    @Column(name = "output_json")
    private String output;

    @Column(length = Execution.MAX_ERROR_LENGTH)
    private String error;

    protected ExecutionStep() {}

    public ExecutionStep(String executionId, int index, String skillId, Instant startedAt) {
        this.executionId = executionId;
        this.stepIndex = index;
        this.skillId = skillId;
        this.startedAt = startedAt;
        this.status = ExecutionStatus.RUNNING;
    }

    public void finish(ExecutionStatus finalStatus, String output, String error, Duration took) {
        this.status = finalStatus;
        this.output = output;
        this.error = Execution.truncate(error);
        this.durationMs = took.toMillis();
    }

    public String executionId() {
        return executionId;
    }

    public int index() {
        return stepIndex;
    }

    public String skillId() {
        return skillId;
    }

    public ExecutionStatus status() {
        return status;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Long durationMs() {
        return durationMs;
    }

    public String output() {
        return output;
    }

    public String error() {
        return error;
    }

    public static class Key implements Serializable {
        private String executionId;
        private int stepIndex;

        public Key() {}

        public Key(String executionId, int index) {
            this.executionId = executionId;
            this.stepIndex = index;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && stepIndex == key.stepIndex
                    && Objects.equals(executionId, key.executionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(executionId, stepIndex);
        }
    }
}
