package dev.vigil.monitoring.health.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * One health check behind a deadline, a TTL cache and a single flight.
 * <ul>
 * <li>A result younger than the TTL is served as is: a probe storm costs no extra calls.</li>
 * <li>Otherwise callers join the call in flight or start one; there is never more than one.</li>
 * <li>Each caller waits at most until that call's start plus the deadline; past it the result is
 * DOWN with {@code reason: "timeout after N ms"}, cached like any other, while the slow call runs
 * on and its late result replaces the timeout once it arrives.</li>
 * </ul>
 */
public final class CachedCheck {

    private final HealthCheck check;
    private final String fallbackName;
    private final Duration deadline;
    private final Duration ttl;
    private final Executor executor;
    private final Clock clock;
    private final BiConsumer<CheckResult, CheckResult> onResult;

    private final Object lock = new Object();
    private CompletableFuture<CheckResult> inFlight;
    private Instant inFlightSince;
    private volatile CheckResult last;

    /**
     * @param fallbackName the name to report when the check throws or times out before it ever named itself
     * @param onResult told about every new result with the one before it (null at first), e.g. to log status changes
     */
    public CachedCheck(
            HealthCheck check,
            String fallbackName,
            Duration deadline,
            Duration ttl,
            Executor executor,
            Clock clock,
            BiConsumer<CheckResult, CheckResult> onResult) {
        this.check = check;
        this.fallbackName = fallbackName;
        this.deadline = deadline;
        this.ttl = ttl;
        this.executor = executor;
        this.clock = clock;
        this.onResult = onResult;
    }

    public Duration deadline() {
        return deadline;
    }

    /** A result in hand, or a call under way with the instant it started. */
    public record Pending(CheckResult ready, CompletableFuture<CheckResult> flight, Instant since) {}

    /** A current result, waiting at most the deadline for it. */
    public CheckResult result() {
        return await(begin());
    }

    /** Serves the cache or joins (or starts) the one call in flight, without waiting: lets callers start many checks at once. */
    public Pending begin() {
        CheckResult cached = last;
        Instant now = clock.instant();
        if (fresh(cached, now)) {
            return new Pending(cached, null, null);
        }
        synchronized (lock) {
            cached = last;
            if (fresh(cached, now)) {
                return new Pending(cached, null, null);
            }
            // A finished call whose completion has not cleared it yet is not in flight any more.
            if (inFlight == null || inFlight.isDone()) {
                // Registered as in flight before it starts: a call that ends at once must find itself to clear.
                inFlightSince = now;
                CompletableFuture<CheckResult> flight = new CompletableFuture<>();
                inFlight = flight;
                launch(flight);
                return new Pending(null, flight, now);
            }
            return new Pending(null, inFlight, inFlightSince);
        }
    }

    /** Waits for a pending call until its start plus the deadline. */
    public CheckResult await(Pending pending) {
        if (pending.ready() != null) {
            return pending.ready();
        }
        long waitNanos = Duration.between(clock.instant(), pending.since().plus(deadline))
                .toNanos();
        try {
            return pending.flight().get(Math.max(0, waitNanos), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return timedOut(pending.flight());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CheckResult.down(nameSoFar(), "interrupted", Map.of(), clock.instant());
        } catch (ExecutionException e) {
            // call() never completes exceptionally; see launch()
            return CheckResult.down(nameSoFar(), "check failed", Map.of(), clock.instant());
        }
    }

    private boolean fresh(CheckResult cached, Instant now) {
        return cached != null && Duration.between(cached.at(), now).compareTo(ttl) < 0;
    }

    private void launch(CompletableFuture<CheckResult> flight) {
        try {
            executor.execute(() -> flight.complete(call()));
        } catch (RejectedExecutionException e) {
            flight.complete(
                    CheckResult.down(nameSoFar(), "no thread free to run the check", Map.of(), clock.instant()));
        }
        flight.whenComplete((result, error) -> {
            synchronized (lock) {
                if (inFlight == flight) {
                    inFlight = null;
                }
            }
            remember(result, flight);
        });
    }

    private CheckResult call() {
        try {
            HealthCheckResponse response = check.call();
            if (response == null) {
                return CheckResult.down(nameSoFar(), "check returned no response", Map.of(), clock.instant());
            }
            return CheckResult.of(response, clock.instant());
        } catch (RuntimeException | Error e) {
            return CheckResult.down(
                    nameSoFar(), "check threw " + e.getClass().getSimpleName(), Map.of(), clock.instant());
        }
    }

    private void remember(CheckResult result, CompletableFuture<CheckResult> from) {
        CheckResult previous;
        synchronized (lock) {
            previous = last;
            last = result;
        }
        onResult.accept(previous, result);
    }

    /** Caches the timeout only while its call is still out; a result that arrived meanwhile wins. */
    private CheckResult timedOut(CompletableFuture<CheckResult> flight) {
        CheckResult timeout = CheckResult.down(
                nameSoFar(),
                "timeout after " + deadline.toMillis() + " ms",
                Map.of("timeout_ms", deadline.toMillis()),
                clock.instant());
        CheckResult previous;
        synchronized (lock) {
            if (inFlight != flight || flight.isDone()) {
                return flight.getNow(timeout);
            }
            previous = last;
            last = timeout;
        }
        onResult.accept(previous, timeout);
        return timeout;
    }

    private String nameSoFar() {
        CheckResult known = last;
        return known != null ? known.name() : fallbackName;
    }

    /** Age of a result as reported to callers. */
    public long ageMillis(CheckResult result) {
        return Math.max(0, Duration.between(result.at(), clock.instant()).toMillis());
    }
}
