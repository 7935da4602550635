package dev.vigil.it;

import static dev.vigil.it.Api.get;
import static dev.vigil.it.Api.json;
import static dev.vigil.it.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every kind of bad input is a 4xx problem+json that says what is wrong, never a 500 or a stack trace. */
class BadInputIT {

    @BeforeAll
    static void agent() {
        Api.createAgent("target", json("[{'skill':'wait','params':{'ms':1}}]"));
    }

    @Test
    void malformedJsonIs400() {
        JsonObject problem = post("/api/agents", "{\"id\": ").assertProblem(400);
        assertTrue(problem.getString("detail").contains("not valid JSON"), problem.toString());
        post("/api/agents/target/executions", "not json at all").assertProblem(400);
        post("/api/agents", "[1,2,3]").assertProblem(400);
    }

    @Test
    void wrongTypesAre400() {
        post(
                        "/api/agents",
                        json("{'id':'x','name':'n','timeout_ms':'soon','steps':[{'skill':'wait','params':{'ms':1}}]}"))
                .assertProblem(400);
        post("/api/agents", json("{'id':'x','name':'n','steps':{'skill':'wait'}}"))
                .assertProblem(400);
        post("/api/agents", json("{'id':'x','name':'n','steps':[{'skill':'wait','params':'ms=1'}]}"))
                .assertProblem(400);
        post("/api/agents/target/executions", json("{'input':[1,2]}")).assertProblem(400);
        post("/api/agents/target/executions", json("{'input':'text'}")).assertProblem(400);
    }

    @Test
    void invalidDefinitionsListEveryError() {
        JsonObject problem = post("/api/agents", json("{'id':'Not A Slug','name':'','steps':[]}"))
                .assertProblem(400);
        assertEquals(
                List.of(
                        "id: must be a slug: 1-64 lower-case letters, digits and inner hyphens",
                        "name: must not be blank",
                        "steps: size must be between 1 and 50"),
                problem.getJsonArray("errors").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());

        JsonObject skills = post(
                        "/api/agents",
                        json(
                                "{'id':'bad-skills','name':'n','steps':[{'skill':'no.such'},"
                                        + "{'skill':'wait','params':{'ms':999999999}},{'skill':'http.request','params':{'url':'gopher://x'}}]}"))
                .assertProblem(400);
        assertEquals(3, skills.getJsonArray("errors").size(), skills.toString());
        assertTrue(skills.getJsonArray("errors").getString(0).contains("unknown skill 'no.such'"));
        get("/api/agents/bad-skills").assertProblem(404);

        post("/api/agents", json("{'name':'no id','steps':[{'skill':'wait','params':{'ms':1}}]}"))
                .assertProblem(400);
        post("/api/agents", json("{'id':'x','name':'n','timeout_ms':-5,'steps':[{'skill':'wait','params':{'ms':1}}]}"))
                .assertProblem(400);
        Api.put("/api/agents/target", json("{'id':'other','name':'n','steps':[{'skill':'wait','params':{'ms':1}}]}"))
                .assertProblem(400);
    }

    @Test
    void unknownIdsAre404AndInvalidIdsAre400() {
        get("/api/agents/no-such-agent").assertProblem(404);
        post("/api/agents/no-such-agent/executions", json("{}")).assertProblem(404);
        get("/api/agents/no-such-agent/executions").assertProblem(404);
        get("/api/executions/00000000-0000-0000-0000-000000000000").assertProblem(404);
        get("/api/executions/not-a-uuid").assertProblem(400);
        get("/api/agents/UPPER_case").assertProblem(400);
        get("/api/agents/" + "a".repeat(65)).assertProblem(400);
    }

    @Test
    void invalidQueryParametersAre400() {
        get("/api/agents/target/executions?status=done").assertProblem(400);
        get("/api/agents/target/executions?limit=0").assertProblem(400);
        get("/api/agents/target/executions?limit=201").assertProblem(400);
        get("/api/agents/target/executions?limit=many").assertProblem(404);
    }

    @Test
    void oversizedBodiesAre413WithoutReadingThemWhole() {
        // The IT server allows 64 KiB (vigil.api.max-body-bytes in pom.xml).
        String big = json("{'input':{'blob':'") + "x".repeat(200_000) + json("'}}");
        JsonObject problem = post("/api/agents/target/executions", big).assertProblem(413);
        assertTrue(problem.getString("detail").contains("65536"), problem.toString());
        assertTrue(
                get("/api/agents/target/executions?limit=200").array().stream()
                        .noneMatch(e -> e.asJsonObject().getJsonObject("input").containsKey("blob")),
                "nothing was recorded");
    }

    @Test
    void unknownPathsWrongMethodsAndMediaTypesAreProblems() {
        get("/api/nothing/here").assertProblem(404);
        Api.delete("/api/skills").assertProblem(405);
        Api.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/api/agents"))
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("id=x")))
                .assertProblem(415);
        Api.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/api/agents"))
                        .header("Accept", "application/xml")
                        .GET())
                .assertProblem(406);
    }
}
