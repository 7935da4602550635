package dev.vigil.agents.entity;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.StringReader;
import java.util.List;

/** One step of an agent: which skill to run and with which parameters. */
public record Step(@NotBlank @Size(max = 100) String skill, JsonObject params) {

    public Step {
        params = params == null ? JsonValue.EMPTY_JSON_OBJECT : params;
    }

    static String toJson(List<Step> steps) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        steps.forEach(step ->
                array.add(Json.createObjectBuilder().add("skill", step.skill()).add("params", step.params())));
        return array.build().toString();
    }

    static List<Step> fromJson(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            return array.getValuesAs(JsonObject.class).stream()
                    .map(object -> new Step(object.getString("skill"), object.getJsonObject("params")))
                    .toList();
        }
    }
}
