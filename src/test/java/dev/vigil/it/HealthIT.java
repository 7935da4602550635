package dev.vigil.it;

import static dev.vigil.it.Api.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The health endpoints of the healthy IT server, as probes, consoles and operators see them. */
class HealthIT {

    static List<String> names(Api.Reply reply) {
        return reply.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("name"))
                .sorted()
                .toList();
    }

    static JsonObject check(Api.Reply reply, String name) {
        return reply.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals(name))
                .findFirst()
                .orElseThrow();
    }

    static Api.Reply getAs(String path, String user, String password) {
        String credentials =
                Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return Api.send(HttpRequest.newBuilder(URI.create(Api.BASE + path))
                .header("Authorization", "Basic " + credentials)
                .GET());
    }

    @Test
    void eachProbeRunsItsKindOfChecks() {
        Api.Reply live = get("/health/live");
        assertEquals(200, live.status(), live.body());
        assertEquals("application/json", live.header("Content-Type"));
        assertEquals(List.of("deadlocks", "heap"), names(live));
        assertEquals(0, check(live, "deadlocks").getJsonObject("data").getInt("deadlocked_threads"));

        Api.Reply ready = get("/health/ready");
        assertEquals(200, ready.status(), ready.body());
        assertEquals(List.of("database", "disk-space", "shutdown"), names(ready));
        assertEquals(
                1073741824L,
                check(ready, "disk-space")
                        .getJsonObject("data")
                        .getJsonNumber("threshold_bytes")
                        .longValue());
        assertTrue(check(ready, "database").getJsonObject("data").containsKey("age_ms"));

        Api.Reply started = get("/health/started");
        assertEquals(200, started.status());
        assertEquals(List.of("startup"), names(started));

        Api.Reply all = get("/health");
        assertEquals(200, all.status());
        assertEquals(List.of("database", "deadlocks", "disk-space", "heap", "shutdown", "startup"), names(all));
        assertEquals("UP", all.json().getString("status"));
        assertEquals(2, all.json().size(), "only status and checks at the top level: " + all.body());
    }

    @Test
    void responsesCarryCacheControlMatchingTheTtl() {
        String cacheControl = get("/health/ready").header("Cache-Control");
        assertTrue(cacheControl.contains("max-age=1") && cacheControl.contains("private"), cacheControl);
    }

    @Test
    void consolesCanAskForTheIetfHealthFormat() {
        Api.Reply reply = Api.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/health/ready"))
                .header("Accept", "application/health+json")
                .GET());
        assertEquals(200, reply.status());
        assertEquals("application/health+json", reply.header("Content-Type"));
        JsonObject body = reply.json();
        assertEquals("pass", body.getString("status"));
        assertEquals(
                "pass",
                body.getJsonObject("checks")
                        .getJsonArray("database")
                        .getJsonObject(0)
                        .getString("status"));
    }

    @Test
    void onlyTheOpsRoleSeesStringDetails() {
        JsonObject anonymous = check(get("/health/ready"), "disk-space").getJsonObject("data");
        assertFalse(anonymous.containsKey("path"), anonymous.toString());

        JsonObject ops = check(getAs("/health/ready", "ops", "it-ops-password"), "disk-space")
                .getJsonObject("data");
        assertTrue(ops.getString("path").startsWith("/"), ops.toString());

        Api.Reply wrong = getAs("/health/ready", "ops", "wrong-password");
        assertTrue(wrong.status() == 200 || wrong.status() == 401, wrong.status() + " " + wrong.body());
        if (wrong.status() == 200) {
            assertFalse(check(wrong, "disk-space").getJsonObject("data").containsKey("path"), wrong.body());
        }
    }

    @Test
    void aDoubledSlashReachesTheProbeToo() {
        assertEquals(200, get("//health/live").status());
    }

    @Test
    void theOpenApiDocumentDescribesEachProbesTwoAnswers() {
        Api.Reply openapi = Api.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/openapi"))
                .header("Accept", "application/json")
                .GET());
        assertEquals(200, openapi.status());
        JsonObject paths = openapi.json().getJsonObject("paths");
        for (String path : List.of("/health", "/health/live", "/health/ready", "/health/started")) {
            JsonObject responses =
                    paths.getJsonObject(path).getJsonObject("get").getJsonObject("responses");
            assertTrue(responses.containsKey("200") && responses.containsKey("503"), path + ": " + responses);
        }
    }
}
