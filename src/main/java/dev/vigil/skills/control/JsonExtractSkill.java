package dev.vigil.skills.control;

import dev.vigil.skills.entity.Skill;
import dev.vigil.skills.entity.SkillCall;
import dev.vigil.skills.entity.SkillException;
import dev.vigil.skills.entity.SkillParameter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonPointer;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/** Picks one value out of the input with an RFC 6901 JSON Pointer; a pointer that matches nothing fails the step. */
@ApplicationScoped
public class JsonExtractSkill implements Skill {

    @Override
    public String id() {
        return "json.extract";
    }

    @Override
    public String description() {
        return "Outputs the value at an RFC 6901 JSON Pointer (e.g. /user/name) in the input; fails when nothing is there.";
    }

    @Override
    public List<SkillParameter> parameters() {
        return List.of(SkillParameter.required(
                "pointer",
                SkillParameter.Type.STRING,
                "JSON Pointer into the input, e.g. \"/items/0/id\"; \"\" is the whole input."));
    }

    @Override
    public List<String> validate(JsonObject params) {
        List<String> errors = new ArrayList<>(Skill.super.validate(params));
        if (errors.isEmpty()) {
            String pointer = params.getString("pointer");
            if (!pointer.isEmpty() && !pointer.startsWith("/")) {
                errors.add("parameter 'pointer' must be empty or start with '/'");
            } else if (pointer.matches(".*~(?![01]).*")) {
                errors.add("parameter 'pointer' has a '~' not followed by 0 or 1");
            }
        }
        return errors;
    }

    @Override
    public JsonValue execute(SkillCall call) throws SkillException {
        String pointer = call.params().getString("pointer");
        if (pointer.isEmpty()) {
            return call.input();
        }
        if (!(call.input() instanceof JsonStructure structure)) {
            throw new SkillException("input is not an object or array, nothing to extract at " + pointer);
        }
        try {
            JsonPointer jsonPointer = Json.createPointer(pointer);
            if (!jsonPointer.containsValue(structure)) {
                throw new SkillException("nothing at " + pointer + " in the input");
            }
            return jsonPointer.getValue(structure);
        } catch (JsonException e) {
            throw new SkillException("nothing at " + pointer + " in the input", e);
        }
    }
}
