package dev.vigil.skills.control;

import dev.vigil.skills.entity.Skill;
import dev.vigil.skills.entity.SkillCall;
import dev.vigil.skills.entity.SkillException;
import dev.vigil.skills.entity.SkillParameter;
import dev.vigil.skills.entity.SkillTimeoutException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sleeps for {@code ms} milliseconds (capped) and passes its input through unchanged. */
@ApplicationScoped
public class WaitSkill implements Skill {

    long maxMillis;

    @Inject
    public WaitSkill(@ConfigProperty(name = "vigil.skills.wait.max-ms", defaultValue = "60000") long maxMillis) {
        this.maxMillis = maxMillis;
    }

    /** For CDI proxies. */
    protected WaitSkill() {}

    @Override
    public String id() {
        return "wait";
    }

    @Override
    public String description() {
        return "Sleeps for ms milliseconds (at most " + maxMillis + ") and outputs its input unchanged.";
    }

    @Override
    public List<SkillParameter> parameters() {
        return List.of(SkillParameter.required(
                "ms", SkillParameter.Type.INTEGER, "Milliseconds to sleep, 0 to " + maxMillis + "."));
    }

    @Override
    public List<String> validate(JsonObject params) {
        List<String> errors = new ArrayList<>(Skill.super.validate(params));
        if (errors.isEmpty()) {
            var ms = params.getJsonNumber("ms");
            if (ms.bigIntegerValue().signum() < 0
                    || ms.bigIntegerValue().longValue() > maxMillis
                    || ms.bigIntegerValue().bitLength() > 62) {
                errors.add("parameter 'ms' must be between 0 and " + maxMillis);
            }
        }
        return errors;
    }

    @Override
    public JsonValue execute(SkillCall call) throws SkillException {
        long wanted = call.integer("ms", 0);
        long left = call.remaining().toMillis();
        try {
            Thread.sleep(Math.min(wanted, left));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SkillTimeoutException("interrupted while waiting");
        }
        if (wanted > left) {
            throw new SkillTimeoutException("deadline reached after " + left + " of " + wanted + " ms");
        }
        return call.input();
    }
}
