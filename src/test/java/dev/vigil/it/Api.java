package dev.vigil.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** Plain HTTP against the Vigil server that the build started (see the failsafe configuration in pom.xml). */
final class Api {

    static final String BASE = System.getProperty("vigil.it.base-url", "http://localhost:9180");
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Api() {}

    record Reply(int status, String body, HttpResponse<String> raw) {
        JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        JsonArray array() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            }
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        /** An RFC 9457 problem with this status, and nothing of the server's insides. */
        JsonObject assertProblem(int expected) {
            assertEquals(expected, status, body);
            assertEquals("application/problem+json", header("Content-Type"), body);
            JsonObject problem = json();
            assertEquals(expected, problem.getInt("status"));
            assertEquals("/problems/" + expected, problem.getString("type"));
            assertFalse(problem.getString("title").isBlank());
            assertFalse(
                    body.contains("Exception")
                            || body.contains("at dev.vigil")
                            || body.contains("RESTEASY")
                            || body.contains("java."),
                    body);
            return problem;
        }
    }

    static Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).GET());
    }

    /** GET against another server than the default IT server. */
    static Reply getAt(String base, String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    static Reply delete(String path) {
        return deleteAt(BASE, path);
    }

    /** DELETE on another server than the default IT server. */
    static Reply deleteAt(String base, String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
    }

    static Reply post(String path, String json) {
        return postAt(BASE, path, json);
    }

    /** POST of a JSON body to another server than the default IT server. */
    static Reply postAt(String base, String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    static Reply put(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** JSON with single quotes, for readable literals. */
    static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    static void createAgent(String id, String stepsJson) {
        createAgentAt(BASE, id, stepsJson, null);
    }

    /** Creates the agent (named as its id) on that server, replacing one of the same id; {@code timeoutMillis} may be null. */
    static void createAgentAt(String base, String id, String stepsJson, Integer timeoutMillis) {
        deleteAt(base, "/api/agents/" + id);
        String timeout = timeoutMillis == null ? "" : ",'timeout_ms':" + timeoutMillis;
        Reply created = postAt(
                base,
                "/api/agents",
                json("{'id':'" + id + "','name':'" + id + "','steps':" + stepsJson + timeout + "}"));
        assertEquals(201, created.status(), created.body());
    }

    /** Polls an execution until its status is final. */
    static JsonObject awaitFinal(String executionId, Duration max) {
        return awaitFinalAt(BASE, executionId, max);
    }

    /** Polls an execution on that server until its status is final. */
    static JsonObject awaitFinalAt(String base, String executionId, Duration max) {
        Instant until = Instant.now().plus(max);
        while (true) {
            Reply reply = getAt(base, "/api/executions/" + executionId);
            assertEquals(200, reply.status(), reply.body());
            JsonObject execution = reply.json();
            String status = execution.getString("status");
            if (!status.equals("pending") && !status.equals("running")) {
                return execution;
            }
            assertTrue(
                    Instant.now().isBefore(until), "execution " + executionId + " still " + status + " after " + max);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    static String text(JsonValue value) {
        return value.toString();
    }
}
