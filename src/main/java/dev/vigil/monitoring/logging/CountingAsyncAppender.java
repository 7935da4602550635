package dev.vigil.monitoring.logging;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.concurrent.atomic.LongAdder;

/**
 * Logback's asynchronous appender, counting what it drops. Only DEBUG and INFO lines are ever
 * dropped, and only when the queue is 80% full; WARN and ERROR wait for room instead. The count
 * is exported as {@code vigil_log_dropped_total}.
 */
public class CountingAsyncAppender extends AsyncAppender {

    private static final LongAdder DROPPED = new LongAdder();
    private static volatile Runnable onDrop = () -> {};

    @Override
    protected boolean isDiscardable(ILoggingEvent event) {
        boolean discard = super.isDiscardable(event);
        if (discard) {
            DROPPED.increment();
            onDrop.run();
        }
        return discard;
    }

    /** Lines dropped since the JVM started. */
    public static long dropped() {
        return DROPPED.sum();
    }

    /** Told about every dropped line (the metrics counter). */
    public static void onDrop(Runnable listener) {
        onDrop = listener;
    }
}
