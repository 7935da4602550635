package dev.vigil.it;

import static dev.vigil.it.Api.json;
import static dev.vigil.it.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The IT server runs at most 3 executions at once (vigil.executions.max-concurrent in pom.xml). */
class ConcurrencyLimitIT {

    @Test
    void overTheLimitNewExecutionsGet429WithRetryAfterAndNothingAcceptedIsLost() {
        // A fresh agent per run: the IT server's database outlives a run when target/ is not cleaned.
        String agent = "sleeper-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Api.createAgent(agent, json("[{'skill':'wait','params':{'ms':1500}}]"));
        List<String> accepted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            var reply = post("/api/agents/" + agent + "/executions", json("{'input':{'n':" + i + "}}"));
            assertEquals(202, reply.status(), reply.body());
            accepted.add(reply.json().getString("id"));
        }

        var refused = post("/api/agents/" + agent + "/executions", json("{'input':{'n':3}}"));
        JsonObject problem = refused.assertProblem(429);
        assertEquals("1", refused.header("Retry-After"));
        assertTrue(problem.getString("detail").contains("limit of 3"), problem.toString());

        for (String id : accepted) {
            assertEquals("succeeded", Api.awaitFinal(id, Duration.ofSeconds(30)).getString("status"));
        }
        List<String> recorded =
                Api.get("/api/agents/" + agent + "/executions?limit=200").array().getValuesAs(JsonObject.class).stream()
                        .map(e -> e.getString("id"))
                        .toList();
        assertEquals(accepted.size(), recorded.size(), "exactly the accepted executions are on record: " + recorded);
        assertTrue(recorded.containsAll(accepted));

        var afterwards = post("/api/agents/" + agent + "/executions?wait=true", json("{}"));
        assertEquals(200, afterwards.status(), "slots are free again once executions end: " + afterwards.body());
    }
}
