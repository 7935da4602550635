package dev.vigil.monitoring.logging;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.MDC;

/**
 * Binds MDC keys for a scope and restores what was there before, so nested scopes (a skill call
 * inside an execution) leave the outer context as they found it.
 */
public final class LogContext implements AutoCloseable {

    private final Map<String, String> previous = new LinkedHashMap<>();

    private LogContext() {}

    public static LogContext bind(String... keysAndValues) {
        LogContext context = new LogContext();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            String key = keysAndValues[i];
            context.previous.put(key, MDC.get(key));
            if (keysAndValues[i + 1] == null) {
                MDC.remove(key);
            } else {
                MDC.put(key, keysAndValues[i + 1]);
            }
        }
        return context;
    }

    @Override
    public void close() {
        previous.forEach((key, value) -> {
            if (value == null) {
                MDC.remove(key);
            } else {
                MDC.put(key, value);
            }
        });
    }

    /** Runs {@code task} on another thread with the MDC of the thread that created the returned runnable. */
    public static Runnable carried(Runnable task) {
        Map<String, String> captured = MDC.getCopyOfContextMap();
        return () -> {
            Map<String, String> before = MDC.getCopyOfContextMap();
            if (captured == null) {
                MDC.clear();
            } else {
                MDC.setContextMap(captured);
            }
            try {
                task.run();
            } finally {
                if (before == null) {
                    MDC.clear();
                } else {
                    MDC.setContextMap(before);
                }
            }
        };
    }
}
