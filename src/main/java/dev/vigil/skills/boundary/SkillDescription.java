package dev.vigil.skills.boundary;

import dev.vigil.skills.entity.Skill;
import dev.vigil.skills.entity.SkillParameter;
import java.util.List;

/** What a client needs to know to write a step with a skill. */
public record SkillDescription(String id, String description, List<Parameter> parameters) {

    public record Parameter(String name, String type, boolean required, String description) {
        static Parameter of(SkillParameter parameter) {
            return new Parameter(
                    parameter.name(), parameter.type().jsonName(), parameter.required(), parameter.description());
        }
    }

    static SkillDescription of(Skill skill) {
        return new SkillDescription(
                skill.id(),
                skill.description(),
                skill.parameters().stream().map(Parameter::of).toList());
    }
}
