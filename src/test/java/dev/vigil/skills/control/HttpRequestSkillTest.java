package dev.vigil.skills.control;

import static dev.vigil.skills.control.Skills.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.vigil.skills.entity.SkillCall;
import dev.vigil.skills.entity.SkillException;
import dev.vigil.skills.entity.SkillTimeoutException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a real HTTP server on loopback. */
class HttpRequestSkillTest {

    HttpRequestSkill cut = new HttpRequestSkill();
    HttpServer server;
    String base;
    AtomicReference<String> received = new AtomicReference<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/json", exchange -> {
            received.set(exchange.getRequestMethod() + " "
                    + exchange.getRequestHeaders().getFirst("X-Test") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            respond(exchange, 200, "application/json", "{\"ok\":true}");
        });
        server.createContext("/text", exchange -> respond(exchange, 200, "text/plain", "plain"));
        server.createContext("/broken", exchange -> respond(exchange, 503, "text/plain", "down"));
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(exchange, 200, "text/plain", "late");
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    static void respond(com.sun.net.httpserver.HttpExchange exchange, int status, String type, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    SkillCall call(String params, Instant deadline) {
        return new SkillCall(json("{'name':'Ada'}"), json(params.replace("BASE", base)), deadline);
    }

    @Test
    void getParsesAJsonBody() throws SkillException {
        var output = cut.execute(call(
                        "{'url':'BASE/json','headers':{'X-Test':'yes'}}",
                        Instant.now().plusSeconds(5)))
                .asJsonObject();
        assertEquals(200, output.getInt("status"));
        assertEquals(json("{'ok':true}"), output.getJsonObject("body"));
        assertEquals("GET yes ", received.get());
    }

    @Test
    void postSendsTheInputAsJson() throws SkillException {
        cut.execute(call("{'url':'BASE/json','method':'POST'}", Instant.now().plusSeconds(5)));
        assertEquals("POST null {\"name\":\"Ada\"}", received.get());
    }

    @Test
    void keepsANonJsonBodyAsText() throws SkillException {
        var output = cut.execute(call("{'url':'BASE/text'}", Instant.now().plusSeconds(5)))
                .asJsonObject();
        assertEquals("plain", output.getString("body"));
    }

    @Test
    void failsOnAnErrorStatus() {
        SkillException failure = assertThrows(
                SkillException.class,
                () -> cut.execute(call("{'url':'BASE/broken'}", Instant.now().plusSeconds(5))));
        assertEquals("HTTP 503 from 127.0.0.1", failure.getMessage());
    }

    @Test
    void failsWhenTheConnectionIsRefused() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SkillException failure = assertThrows(
                SkillException.class,
                () -> cut.execute(call(
                        "{'url':'http://127.0.0.1:" + closedPort + "/'}",
                        Instant.now().plusSeconds(5))));
        assertTrue(failure.getMessage().startsWith("connection refused"), failure.getMessage());
    }

    @Test
    void aSlowServerFailsTheStepAtItsTimeoutAndTimesOutAtTheDeadline() {
        SkillException slow = assertThrows(
                SkillException.class,
                () -> cut.execute(call(
                        "{'url':'BASE/slow','timeout_ms':200}", Instant.now().plusSeconds(5))));
        assertEquals("no response within 200 ms", slow.getMessage());
        assertThrows(
                SkillTimeoutException.class,
                () -> cut.execute(call("{'url':'BASE/slow'}", Instant.now().plusMillis(200))));
    }

    @Test
    void acceptsOnlyHttpUrlsKnownMethodsAndBoundedTimeouts() {
        assertEquals(
                List.of(),
                cut.validate(
                        json("{'url':'https://example.org/x','method':'POST','timeout_ms':1000,'headers':{'A':'b'}}")));
        assertEquals(
                List.of("parameter 'url' must be an absolute http or https URL"),
                cut.validate(json("{'url':'file:///etc/passwd'}")));
        assertEquals(
                List.of("parameter 'url' must be an absolute http or https URL"),
                cut.validate(json("{'url':'/relative'}")));
        assertEquals(
                List.of("parameter 'method' must be GET or POST"),
                cut.validate(json("{'url':'http://a/','method':'DELETE'}")));
        assertEquals(
                List.of("parameter 'timeout_ms' must be between 1 and 60000"),
                cut.validate(json("{'url':'http://a/','timeout_ms':0}")));
        assertEquals(
                List.of("header 'A' must be a string"), cut.validate(json("{'url':'http://a/','headers':{'A':1}}")));
    }
}
