package dev.vigil.skills.entity;

/** A skill could not produce an output; the message is recorded as the step's error. */
public class SkillException extends Exception {

    public SkillException(String message) {
        super(message);
    }

    public SkillException(String message, Throwable cause) {
        super(message, cause);
    }
}
