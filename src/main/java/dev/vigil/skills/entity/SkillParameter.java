package dev.vigil.skills.entity;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** One declared parameter of a skill, as listed by {@code GET /api/skills}. */
public record SkillParameter(String name, Type type, boolean required, String description) {

    public enum Type {
        STRING,
        INTEGER,
        BOOLEAN,
        OBJECT;

        boolean accepts(JsonValue value) {
            return switch (this) {
                case STRING -> value.getValueType() == JsonValue.ValueType.STRING;
                case INTEGER ->
                    value.getValueType() == JsonValue.ValueType.NUMBER
                            && ((jakarta.json.JsonNumber) value).isIntegral();
                case BOOLEAN -> value == JsonValue.TRUE || value == JsonValue.FALSE;
                case OBJECT -> value.getValueType() == JsonValue.ValueType.OBJECT;
            };
        }

        public String jsonName() {
            return name().toLowerCase();
        }
    }

    public static SkillParameter required(String name, Type type, String description) {
        return new SkillParameter(name, type, true, description);
    }

    public static SkillParameter optional(String name, Type type, String description) {
        return new SkillParameter(name, type, false, description);
    }

    /** Missing required parameters, unknown parameters and values of the wrong JSON type. */
    public static List<String> check(List<SkillParameter> declared, JsonObject params) {
        List<String> errors = new ArrayList<>();
        JsonObject given = params == null ? JsonValue.EMPTY_JSON_OBJECT : params;
        Set<String> known = declared.stream().map(SkillParameter::name).collect(Collectors.toSet());
        for (String name : given.keySet()) {
            if (!known.contains(name)) {
                errors.add("unknown parameter '" + name + "'");
            }
        }
        for (SkillParameter parameter : declared) {
            JsonValue value = given.get(parameter.name());
            if (value == null || value == JsonValue.NULL) {
                if (parameter.required()) {
                    errors.add("parameter '" + parameter.name() + "' is required");
                }
            } else if (!parameter.type().accepts(value)) {
                errors.add("parameter '" + parameter.name() + "' must be of type "
                        + parameter.type().jsonName());
            }
        }
        return errors;
    }
}
