package dev.vigil.monitoring.metrics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LabelGuardTest {

    AtomicInteger overflows = new AtomicInteger();
    LabelGuard cut = new LabelGuard(200, overflows::incrementAndGet);

    @Test
    void tenThousandDistinctIdsLeaveAtMostTheCapPlusOther() {
        Set<String> recorded = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            recorded.add(cut.admit("agent-" + i));
        }
        assertEquals(201, recorded.size());
        assertEquals(9_800, overflows.get());
    }

    @Test
    void valuesAdmittedOnceStayThemselvesAfterTheCapIsReached() {
        for (int i = 0; i < 300; i++) {
            cut.admit("agent-" + i);
        }
        assertEquals("agent-7", cut.admit("agent-7"));
        assertEquals(LabelGuard.OTHER, cut.admit("agent-250"));
    }

    @Test
    void concurrentCallersNeverAdmitMoreThanTheCap() throws InterruptedException {
        Set<String> recorded = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            int offset = t;
            pool.execute(() -> {
                for (int i = 0; i < 2_000; i++) {
                    recorded.add(cut.admit("id-" + ((i * 8 + offset) % 5_000)));
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        assertEquals(201, recorded.size());
    }
}
