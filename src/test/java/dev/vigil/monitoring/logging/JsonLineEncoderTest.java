package dev.vigil.monitoring.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.event.KeyValuePair;

class JsonLineEncoderTest {

    LoggerContext context = new LoggerContext();
    Logger logger = context.getLogger("dev.vigil.test");
    JsonLineEncoder cut;

    @BeforeEach
    void start() {
        cut = new JsonLineEncoder();
        cut.setContext(context);
        cut.setHost("vigil-7c9f");
        cut.start();
    }

    LoggingEvent event(String message, Object... arguments) {
        return event(Map.of(), message, arguments);
    }

    LoggingEvent event(Map<String, String> mdc, String message, Object... arguments) {
        LoggingEvent event = new LoggingEvent("test", logger, Level.INFO, message, null, arguments);
        event.setThreadName("Default Executor-thread-12");
        event.setTimeStamp(1_795_560_067_118L); // 2026-11-24T22:41:07.118Z
        event.setMDCPropertyMap(mdc);
        return event;
    }

    String line(LoggingEvent event) {
        return new String(cut.encode(event), StandardCharsets.UTF_8);
    }

    static JsonObject parse(String line) {
        assertTrue(line.endsWith("}\n") && line.indexOf('\n') == line.length() - 1, "one line: " + line);
        try (var reader = Json.createReader(new StringReader(line))) {
            return reader.readObject();
        }
    }

    @Test
    void writesTheSchemaFieldsInOneLine() {
        JsonObject json = parse(line(event("Execution {} finished as {}", 7, "succeeded")));
        assertEquals("2026-11-24T22:41:07.118Z", json.getString("timestamp"));
        assertEquals("INFO", json.getString("level"));
        assertEquals("dev.vigil.test", json.getString("logger"));
        assertEquals("Default Executor-thread-12", json.getString("thread"));
        assertEquals("Execution 7 finished as succeeded", json.getString("message"));
        assertEquals("vigil", json.getString("service"));
        assertEquals("vigil-7c9f", json.getString("host"));
        assertFalse(json.containsKey("stack_trace"));
    }

    @Test
    void timestampsArePaddedAndFollowTheSecondBoundary() {
        LoggingEvent event = event("x");
        event.setTimeStamp(0);
        assertEquals("1970-01-01T00:00:00.000Z", parse(line(event)).getString("timestamp"));
        event.setTimeStamp(1_000_000_000_009L);
        assertEquals("2001-09-09T01:46:40.009Z", parse(line(event)).getString("timestamp"));
        event.setTimeStamp(1_000_000_000_999L);
        assertEquals("2001-09-09T01:46:40.999Z", parse(line(event)).getString("timestamp"));
        event.setTimeStamp(1_000_000_001_050L);
        assertEquals("2001-09-09T01:46:41.050Z", parse(line(event)).getString("timestamp"));
    }

    @Test
    void contextAndKeyValuePairsAreTopLevelFieldsWithNumbersAsNumbers() {
        LoggingEvent event = event(Map.of("request_id", "it-3f2a", "agent_id", "greeter"), "GET /api/agents 200");
        event.addKeyValuePair(new KeyValuePair("status", 200));
        event.addKeyValuePair(new KeyValuePair("duration_ms", 12L));
        event.addKeyValuePair(new KeyValuePair("route", "/api/agents/{id}"));
        event.addKeyValuePair(new KeyValuePair("ratio", Double.NaN));
        event.addKeyValuePair(new KeyValuePair("nothing", null));
        JsonObject json = parse(line(event));
        assertEquals("it-3f2a", json.getString("request_id"));
        assertEquals("greeter", json.getString("agent_id"));
        assertEquals(200, json.getInt("status"));
        assertEquals(12, json.getJsonNumber("duration_ms").longValueExact());
        assertEquals("/api/agents/{id}", json.getString("route"));
        assertEquals("NaN", json.getString("ratio"), "not a JSON number: written as a string");
        assertTrue(json.isNull("nothing"));
    }

    @Test
    void hostileValuesCannotEndTheLineOrForgeAField() {
        String hostile = "a\"b\\c\r\n{\"level\":\"ERROR\"}\u0000\u0001\u001f\t\b\f\u2028\u2029 é 😀";
        LoggingEvent event = event(Map.of("request_id", hostile, hostile, "key too"), hostile + " \ud800");
        event.addKeyValuePair(new KeyValuePair("route", hostile));
        String line = line(event);
        JsonObject json = parse(line);
        assertEquals(
                hostile + " ?",
                json.getString("message"),
                "a lone surrogate becomes '?' in UTF-8, never an invalid byte");
        assertEquals(hostile, json.getString("request_id"));
        assertEquals(hostile, json.getString("route"));
        assertEquals("INFO", json.getString("level"));
        assertEquals("key too", json.getString(hostile));
        assertFalse(line.contains("\u2028"), "line separators a JavaScript reader would split on are escaped");
    }

    @Test
    void contextCannotShadowTheFixedFields() {
        LoggingEvent event = event(Map.of("level", "ERROR", "message", "forged"), "real message");
        event.addKeyValuePair(new KeyValuePair("timestamp", "forged"));
        String line = line(event);
        JsonObject json = parse(line);
        assertEquals("INFO", json.getString("level"));
        assertEquals("real message", json.getString("message"));
        assertEquals(1, line.split("\"message\"", -1).length - 1, line);
        assertFalse(line.contains("forged"), line);
    }

    @Test
    void anExceptionBecomesAStackTraceCutAtTheLimit() {
        cut.setMaxStackTraceLength(300);
        cut.start();
        Exception failure = new IllegalStateException("outer", new java.io.IOException("disk \"gone\"\nreally"));
        LoggingEvent event = new LoggingEvent("test", logger, Level.WARN, "Skill failed", failure, null);
        event.setMDCPropertyMap(Map.of());
        JsonObject json = parse(line(event));
        String trace = json.getString("stack_trace");
        assertTrue(trace.startsWith("java.lang.IllegalStateException: outer"), trace);
        assertTrue(trace.length() <= 300 + 40 && trace.endsWith("(cut at 300 characters)"), trace);

        cut.setMaxStackTraceLength(16 * 1024);
        cut.start();
        String full = parse(line(event)).getString("stack_trace");
        assertTrue(full.contains("Caused by: java.io.IOException: disk \"gone\"\nreally"), full);
    }

    @Test
    void threadsEncodingAtOnceNeverMixTheirLines() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        LoggingEvent event = event("thread {} line {} " + "x".repeat(i % 300), thread, i);
                        event.setTimeStamp(1_795_560_067_000L + i);
                        JsonObject json = parse(line(event));
                        assertEquals(
                                "thread " + thread + " line " + i + " " + "x".repeat(i % 300),
                                json.getString("message"));
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aHugeMessageIsWrittenWholeAndItsBufferIsNotKept() {
        String huge = "y".repeat(1_000_000);
        assertEquals(huge, parse(line(event(huge))).getString("message"));
        assertEquals("small", parse(line(event("small"))).getString("message"));
    }
}
