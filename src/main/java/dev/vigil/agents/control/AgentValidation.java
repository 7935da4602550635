package dev.vigil.agents.control;

import dev.vigil.agents.entity.Step;
import dev.vigil.skills.control.SkillRegistry;
import dev.vigil.skills.entity.Skill;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks every step of a definition against the skills this instance knows, all errors at once. */
@ApplicationScoped
public class AgentValidation {

    public static final int MAX_STEPS = 50;

    @Inject
    SkillRegistry skills;

    public AgentValidation() {}

    AgentValidation(SkillRegistry skills) {
        this.skills = skills;
    }

    public void check(List<Step> steps) {
        List<String> errors = new ArrayList<>();
        if (steps == null || steps.isEmpty()) {
            errors.add("steps: an agent needs at least one step");
        } else if (steps.size() > MAX_STEPS) {
            errors.add("steps: an agent has at most " + MAX_STEPS + " steps");
        } else {
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                String where = "steps[" + i + "]";
                if (step == null) {
                    errors.add(where + ": must not be null");
                    continue;
                }
                Optional<Skill> skill = skills.find(step.skill());
                if (skill.isEmpty()) {
                    errors.add(where + ".skill: unknown skill '" + step.skill() + "'");
                    continue;
                }
                skill.get().validate(step.params()).forEach(error -> errors.add(where + ".params: " + error));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidAgentException(errors);
        }
    }
}
