package dev.vigil.agents.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** {@code {"input": {...}}}; a missing input is the empty object. */
public record ExecutionRequest(JsonObject input) {

    JsonObject inputOrEmpty() {
        return input == null ? JsonValue.EMPTY_JSON_OBJECT : input;
    }
}
