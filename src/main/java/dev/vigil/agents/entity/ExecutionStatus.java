package dev.vigil.agents.entity;

import java.util.Locale;
import java.util.Optional;

/** Lifecycle of an execution and of each of its steps; the last four are final. */
public enum ExecutionStatus {
    PENDING,
    RUNNING,
    SUCCEEDED,
    FAILED,
    TIMED_OUT,
    ABANDONED;

    public boolean isFinal() {
        return this != PENDING && this != RUNNING;
    }

    /** The name used in the API and in the database: {@code timed_out}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ExecutionStatus> fromWireName(String name) {
        for (ExecutionStatus status : values()) {
            if (status.wireName().equals(name)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
