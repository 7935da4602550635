package dev.vigil.monitoring.metrics.control;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds the distinct values one label of one metric may take: the first {@code cap} values are
 * kept, later ones become {@value #OTHER}. Agent and skill ids come from users; without a cap a
 * loop creating agents would grow the scrape, and Prometheus, without end.
 */
public final class LabelGuard {

    public static final String OTHER = "_other";

    private final int cap;
    private final Set<String> admitted = ConcurrentHashMap.newKeySet();
    private final AtomicInteger size = new AtomicInteger();
    private final Runnable onOverflow;

    public LabelGuard(int cap, Runnable onOverflow) {
        this.cap = cap;
        this.onOverflow = onOverflow;
    }

    /** The value to record: {@code value} itself while there is room or it was seen before, else {@value #OTHER}. */
    public String admit(String value) {
        if (admitted.contains(value)) {
            return value;
        }
        if (size.incrementAndGet() <= cap) {
            if (!admitted.add(value)) {
                size.decrementAndGet();
            }
            return value;
        }
        size.decrementAndGet();
        onOverflow.run();
        return OTHER;
    }
}
