package dev.vigil.agents.control;

import dev.vigil.agents.entity.Agent;
import dev.vigil.agents.entity.Execution;
import dev.vigil.agents.entity.ExecutionStatus;
import dev.vigil.monitoring.logging.LogContext;
import dev.vigil.monitoring.metrics.control.VigilMetrics;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Admits executions up to {@code vigil.executions.max-concurrent} on this instance (beyond it:
 * 429, nothing recorded), records each as {@code pending}, and runs it on the managed executor.
 * A slot is held from admission until the final status is written, whatever happens between.
 */
@ApplicationScoped
public class Executions {

    private static final Logger LOG = LoggerFactory.getLogger(Executions.class);

    @Inject
    AgentCatalog catalog;

    @Inject
    ExecutionLedger ledger;

    @Inject
    ExecutionRunner runner;

    @Inject
    InstanceIdentity instance;

    @Inject
    VigilMetrics metrics;

    @Resource(lookup = "concurrent/vigil-executions")
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "vigil.executions.max-concurrent", defaultValue = "16")
    int maxConcurrent;

    @Inject
    @ConfigProperty(name = "vigil.executions.retry-after", defaultValue = "1")
    long retryAfterSeconds;

    @Inject
    @ConfigProperty(name = "vigil.executions.default-timeout", defaultValue = "300000")
    long defaultTimeoutMillis;

    @Inject
    @ConfigProperty(name = "vigil.executions.max-timeout", defaultValue = "3600000")
    long maxTimeoutMillis;

    @Inject
    @ConfigProperty(name = "vigil.executions.lease.duration", defaultValue = "30000")
    long leaseMillis;

    Clock clock = Clock.systemUTC();

    private Semaphore slots;
    private final Map<String, CompletableFuture<Void>> running = new ConcurrentHashMap<>();

    @PostConstruct
    void init() {
        require(maxConcurrent >= 1, "vigil.executions.max-concurrent must be at least 1, is " + maxConcurrent);
        require(
                retryAfterSeconds >= 1,
                "vigil.executions.retry-after must be at least 1 (seconds), is " + retryAfterSeconds);
        require(
                defaultTimeoutMillis >= 1 && defaultTimeoutMillis <= maxTimeoutMillis,
                "vigil.executions.default-timeout must be between 1 and vigil.executions.max-timeout ("
                        + maxTimeoutMillis + "), is " + defaultTimeoutMillis);
        slots = new Semaphore(maxConcurrent);
        metrics.executionCapacity(maxConcurrent);
    }

    static void require(boolean valid, String message) {
        if (!valid) {
            throw new IllegalStateException("Invalid configuration: " + message);
        }
    }

    /**
     * Records a pending execution of the agent and schedules it.
     *
     * @throws AgentNotFoundException when there is no such agent
     * @throws CapacityExceededException when every slot is busy
     */
    public Execution start(String agentId, JsonValue input) {
        Agent agent = catalog.find(agentId);
        if (!slots.tryAcquire()) {
            throw new CapacityExceededException(maxConcurrent, retryAfterSeconds);
        }
        Execution execution = null;
        try {
            Instant now = clock.instant();
            execution = ledger.open(agent.id(), input.toString(), instance.id(), now, now.plusMillis(leaseMillis));
            Instant deadline = now.plusMillis(timeoutOf(agent));
            CompletableFuture<Void> done = new CompletableFuture<>();
            running.put(execution.id(), done);
            ExecutionTask task = new ExecutionTask(execution.id(), agent.id(), agent.steps(), input, deadline);
            // The request's log context (request_id) travels with the execution to the executor thread.
            executor.execute(LogContext.carried(() -> run(task, done)));
            return execution;
        } catch (RuntimeException e) {
            slots.release();
            if (execution != null) {
                running.remove(execution.id());
                ledger.finish(
                        execution.id(),
                        ExecutionStatus.FAILED,
                        null,
                        "could not be scheduled: " + e.getClass().getSimpleName(),
                        clock.instant());
            }
            throw e;
        }
    }

    private long timeoutOf(Agent agent) {
        Long wanted = agent.timeoutMs();
        return wanted == null ? defaultTimeoutMillis : Math.min(wanted, maxTimeoutMillis);
    }

    private void run(ExecutionTask task, CompletableFuture<Void> done) {
        String id = task.executionId();
        try {
            if (!ledger.markRunning(id, clock.instant())) {
                return;
            }
            StepChain.Outcome outcome = runner.run(task);
            String output = outcome.output() == null ? null : outcome.output().toString();
            if (!ledger.finish(id, outcome.status(), output, outcome.error(), clock.instant())) {
                LOG.warn(
                        "Execution {} finished as {} but was already final (abandoned after its lease expired?); kept the recorded status",
                        id,
                        outcome.status().wireName());
            }
        } catch (RuntimeException e) {
            LOG.error("Execution {} could not be run or recorded", id, e);
            try {
                ledger.finish(
                        id,
                        ExecutionStatus.FAILED,
                        null,
                        "internal error: " + e.getClass().getSimpleName(),
                        clock.instant());
            } catch (RuntimeException again) {
                LOG.error(
                        "Execution {} could not be marked failed; its lease will expire and it will be abandoned",
                        id,
                        again);
            }
        } finally {
            running.remove(id);
            slots.release();
            done.complete(null);
        }
    }

    /** Waits until the execution is final or {@code max} has passed, then returns what is on record. */
    public Execution await(String id, Duration max) {
        CompletableFuture<Void> done = running.get(id);
        if (done != null) {
            try {
                done.get(max.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // still running: the caller answers 202
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // run() completes normally; nothing to report here
            }
        }
        return find(id);
    }

    public Execution find(String id) {
        return ledger.find(id).orElseThrow(() -> new ExecutionNotFoundException(id));
    }

    public List<dev.vigil.agents.entity.ExecutionStep> steps(String executionId) {
        return ledger.steps(executionId);
    }

    public List<Execution> ofAgent(String agentId, Optional<ExecutionStatus> status, int limit) {
        catalog.find(agentId);
        return ledger.ofAgent(agentId, status, limit);
    }

    /** Executions this instance is running now. */
    public int runningCount() {
        return maxConcurrent - slots.availablePermits();
    }
}
