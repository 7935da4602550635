package dev.vigil.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What the IT server writes to stdout (Liberty keeps it in logs/console.log): every line a JSON
 * object, Liberty's and Vigil's alike, with the request and execution context bound.
 */
class LoggingIT {

    static final Path CONSOLE = Path.of(
            System.getProperty("vigil.it.server-dir", "target/liberty/wlp/usr/servers/vigil-it"),
            "logs",
            "console.log");
    final String run = UUID.randomUUID().toString().substring(0, 8);

    static List<JsonObject> lines() throws IOException, InterruptedException {
        Thread.sleep(500); // the asynchronous appender
        List<JsonObject> parsed = new ArrayList<>();
        List<String> raw = Files.readAllLines(CONSOLE, StandardCharsets.UTF_8);
        for (int i = 0; i < raw.size(); i++) {
            String line = raw.get(i);
            try (var reader = Json.createReader(new StringReader(line))) {
                parsed.add(reader.readObject());
            } catch (JsonParsingException | ClassCastException e) {
                throw new AssertionError("console.log line " + (i + 1) + " is not a JSON object: " + line, e);
            }
        }
        return parsed;
    }

    static Api.Reply withRequestId(String method, String path, String body, String requestId) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(Api.BASE + path)).header("X-Request-ID", requestId);
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return Api.send(request);
    }

    @Test
    void everyLineIsJsonAndCarriesTheContextOfItsRequestAndExecution() throws Exception {
        String ok = "log-ok-" + run;
        String bad = "log-bad-" + run;
        Api.createAgent(ok, Api.json("[{'skill':'text.template','params':{'template':'hi'}}]"));
        Api.createAgent(bad, Api.json("[{'skill':'json.extract','params':{'pointer':'/missing'}}]"));
        assertEquals(200, Api.get("/api/ping").status());
        assertEquals(200, Api.get("/health/live").status());

        Api.Reply echoed = withRequestId("GET", "/api/agents/" + ok, null, "it-get-" + run);
        assertEquals("it-get-" + run, echoed.header("X-Request-ID"));
        Api.Reply generated = withRequestId("GET", "/api/agents/" + ok, null, "bad id with spaces");
        assertTrue(generated.header("X-Request-ID").matches("[0-9a-f-]{36}"), generated.header("X-Request-ID"));

        String okExecution = withRequestId("POST", "/api/agents/" + ok + "/executions?wait=true", "{}", "it-ok-" + run)
                .json()
                .getString("id");
        String badExecution = withRequestId(
                        "POST", "/api/agents/" + bad + "/executions?wait=true", "{}", "it-bad-" + run)
                .json()
                .getString("id");

        List<JsonObject> lines = lines();
        assertTrue(
                lines.stream().anyMatch(l -> l.containsKey("ibm_datetime") || l.containsKey("type")),
                "Liberty's own lines are JSON too");

        JsonObject access = lines.stream()
                .filter(l -> ("it-get-" + run).equals(l.getString("request_id", null))
                        && "dev.vigil.access".equals(l.getString("logger", null)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no access line"));
        assertEquals("GET", access.getString("method"));
        assertEquals("/api/agents/{id}", access.getString("route"));
        assertEquals(200, access.getInt("status"));
        assertTrue(access.containsKey("duration_ms"));
        assertEquals("INFO", access.getString("level"));
        assertEquals("vigil", access.getString("service"));
        assertTrue(
                access.getString("timestamp").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"),
                access.getString("timestamp"));
        assertFalse(access.getString("host", "").isEmpty());
        assertFalse(
                lines.stream().anyMatch(l -> l.toString().contains("bad id with spaces")),
                "a malformed id is replaced, never logged");

        List<JsonObject> okLines = lines.stream()
                .filter(l -> okExecution.equals(l.getString("execution_id", null)))
                .toList();
        assertTrue(okLines.size() >= 2, "started and finished: " + okLines);
        for (JsonObject line : okLines) {
            assertEquals(ok, line.getString("agent_id"));
            assertEquals(
                    "it-ok-" + run,
                    line.getString("request_id"),
                    "the request id crossed to the executor thread: " + line);
            assertFalse(line.getString("thread").isEmpty());
        }

        JsonObject skillFailure = lines.stream()
                .filter(l -> badExecution.equals(l.getString("execution_id", null)) && l.containsKey("skill_id"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no skill line for the failing execution"));
        assertEquals("json.extract", skillFailure.getString("skill_id"));
        assertEquals(bad, skillFailure.getString("agent_id"));
        assertEquals("it-bad-" + run, skillFailure.getString("request_id"));
        assertEquals("WARN", skillFailure.getString("level"));
        assertTrue(skillFailure.getString("stack_trace").contains("SkillException"), skillFailure.toString());
        assertTrue(lines.stream()
                .anyMatch(l -> badExecution.equals(l.getString("execution_id", null))
                        && "failed".equals(l.getString("status", null))));

        assertTrue(lines.stream().noneMatch(l -> l.toString().contains("it-ops-password")), "no secret in the log");
        assertTrue(
                lines.stream()
                        .filter(l -> "dev.vigil.access".equals(l.getString("logger", null)))
                        .noneMatch(l -> l.getString("route", "").startsWith("/health")
                                || l.getString("route", "").equals("/api/ping")),
                "probes and pings are not in the access log at INFO");
    }

    @Test
    void hostileHeaderValuesNeitherBreakLinesNorGetLogged() throws Exception {
        int before = Files.readAllLines(CONSOLE, StandardCharsets.UTF_8).size();
        String marker = "INJECTED-" + run;
        raw("GET /api/skills HTTP/1.1\r\nHost: localhost\r\nX-Request-ID: a\"b\\c" + marker
                + "\u0001\r\nConnection: close\r\n\r\n");
        raw("GET /api/skills HTTP/1.1\r\nHost: localhost\r\nX-Request-ID: " + marker + "x".repeat(1 << 20)
                + "\r\nConnection: close\r\n\r\n");
        raw("GET /api/skills HTTP/1.1\r\nHost: localhost\r\nX-Request-ID: ok\r\n{\"level\":\"ERROR\",\"message\":\""
                + marker + "\"}\r\nConnection: close\r\n\r\n");
        raw("GET /api/%0d%0a%22" + marker + "%22 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        List<JsonObject> lines = lines(); // every line still parses
        List<JsonObject> added = lines.subList(before, lines.size());
        assertTrue(added.size() <= 20, added.size() + " lines for 4 requests");
        for (JsonObject line : added) {
            assertFalse(line.getString("request_id", "").contains(marker), "a hostile id is never bound: " + line);
            assertFalse(
                    "ERROR".equals(line.getString("level", ""))
                            && line.toString().contains(marker),
                    "no forged line: " + line);
        }
    }

    private static void raw(String request) throws IOException {
        URI base = URI.create(Api.BASE);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            in.readAllBytes();
        } catch (java.net.SocketException | java.net.SocketTimeoutException closed) {
            // the server may drop a request it refuses; what it logs is what this test reads
        }
    }
}
