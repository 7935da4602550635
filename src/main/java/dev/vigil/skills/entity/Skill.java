package dev.vigil.skills.entity;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * A unit of work an agent step can run. Implementations are CDI beans (with a scope
 * annotation) and are found by {@code SkillRegistry}; ids are stable, dotted and lower case.
 */
public interface Skill {

    String id();

    String description();

    List<SkillParameter> parameters();

    /**
     * Checks the parameters of a step when the agent is saved, so that a bad step is a 400 at
     * definition time rather than a failed execution later. The default checks the declared
     * parameters; skills add their own rules on top.
     */
    default List<String> validate(JsonObject params) {
        return SkillParameter.check(parameters(), params);
    }

    /**
     * Runs the skill. Must honour {@link SkillCall#deadline()}: a skill that would run past it
     * throws {@link SkillTimeoutException}.
     *
     * @throws SkillException when the skill cannot produce an output for this input
     */
    JsonValue execute(SkillCall call) throws SkillException;
}
