package dev.vigil.it;

import static dev.vigil.it.Api.createAgent;
import static dev.vigil.it.Api.get;
import static dev.vigil.it.Api.json;
import static dev.vigil.it.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The agent API on the real server and database: definitions, and executions run sync and async. */
class AgentApiIT {

    @Test
    void listsTheBuiltInSkillsWithTheirParameters() {
        var skills = get("/api/skills").array();
        List<String> ids = skills.getValuesAs(JsonObject.class).stream()
                .map(skill -> skill.getString("id"))
                .toList();
        assertEquals(List.of("http.request", "json.extract", "text.template", "wait"), ids);
        JsonObject template = skills.getValuesAs(JsonObject.class).get(2);
        assertEquals(
                "template", template.getJsonArray("parameters").getJsonObject(0).getString("name"));
        assertTrue(template.getJsonArray("parameters").getJsonObject(0).getBoolean("required"));
    }

    @Test
    void agentDefinitionsCanBeCreatedReadReplacedAndDeleted() {
        Api.delete("/api/agents/crud-agent");
        var created = post(
                "/api/agents",
                json("{'id':'crud-agent','name':'CRUD','description':'d','timeout_ms':5000,"
                        + "'steps':[{'skill':'wait','params':{'ms':1}}]}"));
        assertEquals(201, created.status(), created.body());
        assertEquals(Api.BASE + "/api/agents/crud-agent", created.header("Location"));
        assertEquals(5000, created.json().getInt("timeout_ms"));

        var read = get("/api/agents/crud-agent").json();
        assertEquals("CRUD", read.getString("name"));
        assertEquals(
                json("[{'params':{'ms':1},'skill':'wait'}]"),
                read.getJsonArray("steps").toString());
        assertTrue(get("/api/agents").array().getValuesAs(JsonObject.class).stream()
                .anyMatch(a -> a.getString("id").equals("crud-agent")));

        post("/api/agents", json("{'id':'crud-agent','name':'again','steps':[{'skill':'wait','params':{'ms':1}}]}"))
                .assertProblem(409);

        var replaced = Api.put(
                "/api/agents/crud-agent",
                json("{'name':'Renamed','steps':[{'skill':'text.template','params':{'template':'x'}}]}"));
        assertEquals(200, replaced.status(), replaced.body());
        assertEquals("Renamed", get("/api/agents/crud-agent").json().getString("name"));
        assertEquals(read.getString("created_at"), replaced.json().getString("created_at"));

        assertEquals(204, Api.delete("/api/agents/crud-agent").status());
        get("/api/agents/crud-agent").assertProblem(404);
        Api.delete("/api/agents/crud-agent").assertProblem(404);
    }

    @Test
    void aWaitedExecutionReturnsTheFinishedRecordWhichReadsBackTheSameFromTheDatabase() {
        createAgent("greeter", json("[{'skill':'text.template','params':{'template':'Hello, {{name}}!'}}]"));
        var started = post("/api/agents/greeter/executions?wait=true", json("{'input':{'name':'Ada'}}"));
        assertEquals(200, started.status(), started.body());
        JsonObject execution = started.json();
        assertEquals("succeeded", execution.getString("status"));
        assertEquals(
                json("{'text':'Hello, Ada!'}"),
                execution.getJsonObject("output").toString());
        assertEquals(json("{'name':'Ada'}"), execution.getJsonObject("input").toString());
        JsonObject step = execution.getJsonArray("steps").getJsonObject(0);
        assertEquals("text.template", step.getString("skill_id"));
        assertEquals("succeeded", step.getString("status"));
        assertTrue(step.getInt("duration_ms") >= 0);
        assertEquals(Api.BASE + "/api/executions/" + execution.getString("id"), started.header("Location"));

        JsonObject reread = get("/api/executions/" + execution.getString("id")).json();
        assertEquals(execution, reread);
        Database.ifReachable(db -> assertEquals("succeeded", db.executionStatus(execution.getString("id"))));
    }

    @Test
    void anAsyncExecutionIsAcceptedAndRunsToTheEnd() {
        createAgent(
                "async-greeter",
                json(
                        "[{'skill':'wait','params':{'ms':300}},{'skill':'text.template','params':{'template':'Hi {{who}}'}}]"));
        var accepted = post("/api/agents/async-greeter/executions", json("{'input':{'who':'Bob'}}"));
        assertEquals(202, accepted.status(), accepted.body());
        String id = accepted.json().getString("id");
        assertTrue(List.of("pending", "running").contains(accepted.json().getString("status")));
        assertEquals(Api.BASE + "/api/executions/" + id, accepted.header("Location"));

        JsonObject done = Api.awaitFinal(id, Duration.ofSeconds(20));
        assertEquals("succeeded", done.getString("status"));
        assertEquals(json("{'text':'Hi Bob'}"), done.getJsonObject("output").toString());
        assertEquals(2, done.getJsonArray("steps").size());
        assertNotNull(done.getString("finished_at"));

        var listed = get("/api/agents/async-greeter/executions?status=succeeded&limit=5")
                .array();
        assertTrue(listed.getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("id").equals(id)));
        assertTrue(get("/api/agents/async-greeter/executions?status=failed")
                .array()
                .isEmpty());
    }

    @Test
    void stepsChainThroughARealHttpCallAndAJsonPointer() throws IOException {
        HttpServer upstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        upstream.createContext("/user", exchange -> {
            String echoed = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            byte[] body = ("{\"user\":{\"name\":\"Grace\"},\"echo\":" + echoed + "}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        upstream.start();
        try {
            String url = "http://127.0.0.1:" + upstream.getAddress().getPort() + "/user";
            createAgent(
                    "chain",
                    json("[{'skill':'http.request','params':{'url':'" + url + "','method':'POST','timeout_ms':5000}},"
                            + "{'skill':'json.extract','params':{'pointer':'/body'}},"
                            + "{'skill':'text.template','params':{'template':'{{user.name}} got {{echo.n}}'}}]"));
            JsonObject execution = post("/api/agents/chain/executions?wait=true", json("{'input':{'n':42}}"))
                    .json();
            assertEquals("succeeded", execution.getString("status"), execution.toString());
            assertEquals(
                    json("{'text':'Grace got 42'}"),
                    execution.getJsonObject("output").toString());
        } finally {
            upstream.stop(0);
        }
    }

    @Test
    void failedAndTimedOutExecutionsAreRecordedWithTheirSteps() {
        createAgent(
                "will-fail",
                json("[{'skill':'json.extract','params':{'pointer':'/missing'}},{'skill':'wait','params':{'ms':1}}]"));
        JsonObject failed = post("/api/agents/will-fail/executions?wait=true", json("{'input':{}}"))
                .json();
        assertEquals("failed", failed.getString("status"));
        assertEquals("step 0 (json.extract): nothing at /missing in the input", failed.getString("error"));
        assertFalse(failed.containsKey("output"));
        assertEquals(1, failed.getJsonArray("steps").size(), "the step after the failure never ran");
        assertEquals("failed", failed.getJsonArray("steps").getJsonObject(0).getString("status"));

        Api.delete("/api/agents/too-slow");
        assertEquals(
                201,
                post(
                                "/api/agents",
                                json(
                                        "{'id':'too-slow','name':'slow','timeout_ms':300,'steps':[{'skill':'wait','params':{'ms':5000}}]}"))
                        .status());
        long start = System.nanoTime();
        JsonObject timedOut =
                post("/api/agents/too-slow/executions?wait=true", json("{}")).json();
        long tookMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertEquals("timed_out", timedOut.getString("status"));
        assertEquals(
                "timed_out", timedOut.getJsonArray("steps").getJsonObject(0).getString("status"));
        assertTrue(tookMillis < 3000, "the deadline stopped the wait: " + tookMillis + " ms");

        assertEquals(
                "failed",
                get("/api/executions/" + failed.getString("id")).json().getString("status"));
        Database.ifReachable(db -> assertEquals("timed_out", db.executionStatus(timedOut.getString("id"))));
    }

    @Test
    void executionsOfADeletedAgentStayOnRecord() {
        createAgent("short-lived", json("[{'skill':'wait','params':{'ms':1}}]"));
        String id = post("/api/agents/short-lived/executions?wait=true", json("{}"))
                .json()
                .getString("id");
        assertEquals(204, Api.delete("/api/agents/short-lived").status());
        assertEquals("succeeded", get("/api/executions/" + id).json().getString("status"));
        post("/api/agents/short-lived/executions", json("{}")).assertProblem(404);
    }
}
