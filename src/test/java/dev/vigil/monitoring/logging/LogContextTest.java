package dev.vigil.monitoring.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class LogContextTest {

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void nestedScopesRestoreTheOuterContext() {
        try (LogContext execution = LogContext.bind("agent_id", "greeter", "execution_id", "e-1")) {
            try (LogContext skill = LogContext.bind("skill_id", "wait")) {
                assertEquals("greeter", MDC.get("agent_id"));
                assertEquals("wait", MDC.get("skill_id"));
            }
            assertNull(MDC.get("skill_id"));
            try (LogContext other = LogContext.bind("agent_id", "other")) {
                assertEquals("other", MDC.get("agent_id"));
            }
            assertEquals("greeter", MDC.get("agent_id"));
        }
        assertNull(MDC.get("agent_id"));
        assertNull(MDC.get("execution_id"));
    }

    @Test
    void theRequestContextTravelsToAnotherThreadAndLeavesItClean() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            pool.submit(() -> MDC.put("stale", "from an earlier task")).get();
            MDC.put("request_id", "req-7");
            CompletableFuture<String> seen = new CompletableFuture<>();
            pool.execute(LogContext.carried(() -> seen.complete(MDC.get("request_id") + "|" + MDC.get("stale"))));
            assertEquals("req-7|null", seen.get(5, TimeUnit.SECONDS));
            assertEquals(
                    "from an earlier task",
                    pool.submit(() -> MDC.get("stale")).get(),
                    "the worker's own context is back afterwards");
            assertNull(pool.submit(() -> MDC.get("request_id")).get());
        } finally {
            pool.shutdownNow();
        }
    }
}
