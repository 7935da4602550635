package dev.vigil.skills.entity;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;

/**
 * One invocation of a skill: the previous step's output (or the execution's input), the step's
 * parameters, and the instant by which the whole execution must be done.
 */
public record SkillCall(JsonValue input, JsonObject params, Instant deadline) {

    public SkillCall {
        input = input == null ? JsonValue.EMPTY_JSON_OBJECT : input;
        params = params == null ? JsonValue.EMPTY_JSON_OBJECT : params;
    }

    /** Time left before the deadline, never negative. */
    public Duration remaining() {
        Duration left = Duration.between(Instant.now(), deadline);
        return left.isNegative() ? Duration.ZERO : left;
    }

    public String string(String name, String fallback) {
        return params.containsKey(name) ? params.getString(name) : fallback;
    }

    public long integer(String name, long fallback) {
        return params.containsKey(name) ? params.getJsonNumber(name).longValueExact() : fallback;
    }
}
