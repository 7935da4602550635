package dev.vigil.monitoring.health.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CachedCheckTest {

    /** Time moves only when the test says so. */
    static class FakeClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        public Instant instant() {
            return now;
        }

        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    FakeClock clock = new FakeClock();
    ExecutorService pool = Executors.newCachedThreadPool();
    AtomicInteger calls = new AtomicInteger();
    CountDownLatch release = new CountDownLatch(1);
    List<String> changes = new ArrayList<>();

    @AfterEach
    void stop() {
        release.countDown();
        pool.shutdownNow();
    }

    HealthCheck counting(boolean up) {
        return () -> {
            calls.incrementAndGet();
            return new HealthCheckResponse(
                    "db", up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN, Optional.empty());
        };
    }

    HealthCheck blocking() {
        return () -> {
            calls.incrementAndGet();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new HealthCheckResponse("db", HealthCheckResponse.Status.UP, Optional.empty());
        };
    }

    CachedCheck cut(HealthCheck check, long deadlineMillis, long ttlMillis) {
        return new CachedCheck(
                check,
                "com.example.DbCheck",
                Duration.ofMillis(deadlineMillis),
                Duration.ofMillis(ttlMillis),
                pool,
                clock,
                (previous, current) -> changes.add((previous == null ? "-" : previous.up() ? "UP" : "DOWN") + ">"
                        + (current.up() ? "UP" : "DOWN")));
    }

    @Test
    void aResultIsServedFromCacheUntilTheTtlHasPassed() {
        CachedCheck check = cut(counting(true), 1000, 1000);
        assertTrue(check.result().up());
        clock.advance(Duration.ofMillis(999));
        check.result();
        assertEquals(1, calls.get());
        assertEquals(999, check.ageMillis(check.result()));
        clock.advance(Duration.ofMillis(1));
        check.result();
        assertEquals(2, calls.get());
    }

    @Test
    void withTtlZeroEveryProbeCallsTheCheck() {
        CachedCheck check = cut(counting(true), 1000, 0);
        check.result();
        check.result();
        assertEquals(2, calls.get());
    }

    @Test
    void concurrentProbesShareOneCallInFlight() throws Exception {
        CachedCheck check = cut(blocking(), 5000, 0);
        List<Future<CheckResult>> probes = new ArrayList<>();
        ExecutorService callers = Executors.newFixedThreadPool(50);
        for (int i = 0; i < 50; i++) {
            probes.add(callers.submit(check::result));
        }
        Thread.sleep(200);
        release.countDown();
        for (Future<CheckResult> probe : probes) {
            assertTrue(probe.get(5, TimeUnit.SECONDS).up());
        }
        callers.shutdown();
        assertEquals(1, calls.get(), "one call served all 50 probes");
    }

    @Test
    void aHangingCheckIsDownAtItsDeadlineAndNeverCalledTwiceAtOnce() {
        CachedCheck check = cut(blocking(), 100, 1000);
        long start = System.nanoTime();
        CheckResult result = check.result();
        long tookMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertFalse(result.up());
        assertEquals("com.example.DbCheck", result.name(), "named after the check when it never answered");
        assertEquals("timeout after 100 ms", result.reason());
        assertEquals(Map.of("timeout_ms", 100L), result.data());
        assertTrue(tookMillis >= 90 && tookMillis < 1000, "took " + tookMillis + " ms");

        clock.advance(Duration.ofMillis(500));
        assertEquals(result, check.result(), "the timeout is cached like any result");
        clock.advance(Duration.ofMillis(600));
        long again = System.nanoTime();
        assertFalse(check.result().up());
        assertTrue(
                Duration.ofNanos(System.nanoTime() - again).toMillis() < 100,
                "the call still out is past its deadline: no new wait");
        assertEquals(1, calls.get(), "no second call while the first hangs");
    }

    @Test
    void aLateAnswerReplacesTheTimeout() throws InterruptedException {
        CachedCheck check = cut(blocking(), 50, 1000);
        assertFalse(check.result().up());
        release.countDown();
        Thread.sleep(100);
        CheckResult late = check.result();
        assertTrue(late.up());
        assertEquals("db", late.name());
        assertNull(late.reason());
    }

    @Test
    void aThrowingCheckIsDownAndNamedAfterItsClass() {
        CachedCheck check = cut(
                () -> {
                    throw new IllegalStateException("jdbc:postgresql://secret-host/db user=admin");
                },
                1000,
                0);
        CheckResult result = check.result();
        assertFalse(result.up());
        assertEquals("com.example.DbCheck", result.name());
        assertEquals("check threw IllegalStateException", result.reason());
        assertFalse(result.visibleData(false, 0).toString().contains("secret"));
    }

    @Test
    void statusChangesAreReportedWithThePreviousResult() {
        AtomicInteger n = new AtomicInteger();
        CachedCheck check = cut(
                () -> new HealthCheckResponse(
                        "db",
                        n.incrementAndGet() == 2 ? HealthCheckResponse.Status.DOWN : HealthCheckResponse.Status.UP,
                        Optional.empty()),
                1000,
                0);
        check.result();
        check.result();
        check.result();
        assertEquals(List.of("->UP", "UP>DOWN", "DOWN>UP"), changes);
    }
}
