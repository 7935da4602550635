package dev.vigil.skills.control;

import dev.vigil.monitoring.logging.LoggedSkill;
import dev.vigil.monitoring.metrics.control.MeasuredSkill;
import dev.vigil.skills.entity.Skill;
import dev.vigil.skills.entity.SkillCall;
import dev.vigil.skills.entity.SkillException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonValue;

/**
 * The one place a skill is called from, so that every invocation — built-in or not — passes the
 * same interceptors (log context, metrics).
 */
@ApplicationScoped
public class SkillInvoker {

    @LoggedSkill
    @MeasuredSkill
    public JsonValue invoke(Skill skill, SkillCall call) throws SkillException {
        return skill.execute(call);
    }
}
