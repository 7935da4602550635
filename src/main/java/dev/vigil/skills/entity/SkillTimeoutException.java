package dev.vigil.skills.entity;

/** A skill stopped because the execution's deadline came; the step and execution are {@code timed_out}. */
public class SkillTimeoutException extends SkillException {

    public SkillTimeoutException(String message) {
        super(message);
    }
}
