package dev.vigil.monitoring.metrics.control;

import dev.vigil.monitoring.logging.CountingAsyncAppender;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every metric Vigil records, in the application registry. Recording never throws: a failing
 * metric update is logged (once per kind) and the business call goes on.
 */
@ApplicationScoped
public class VigilMetrics {

    private static final Logger LOG = LoggerFactory.getLogger(VigilMetrics.class);

    static final Metadata AGENT_EXECUTIONS =
            counter("agent_executions", "Agent executions that ended, by agent and final status");
    static final Metadata AGENT_DURATION =
            timer("agent_execution_duration", "Duration of agent executions, by agent and final status");
    static final Metadata SKILL_EXECUTIONS =
            counter("skill_executions", "Skill invocations that ended, by skill and status");
    static final Metadata SKILL_DURATION =
            timer("skill_execution_duration", "Duration of skill invocations, by skill and status");
    static final Metadata HTTP_REQUESTS =
            counter("http_requests", "HTTP requests by method, route template and status");
    static final Metadata HTTP_DURATION =
            timer("http_request_duration", "HTTP request duration by method, route template and status");
    static final Metadata DB_DURATION = timer("db_query_duration", "Duration of persistence operations, by operation");
    static final Metadata ACTIVE_AGENTS = Metadata.builder()
            .withName("active_agents")
            .withDescription("Agent executions running now on this instance")
            .build();
    static final Metadata MAX_CONCURRENT = Metadata.builder()
            .withName("vigil_executions_max_concurrent")
            .withDescription(
                    "Executions this instance runs at once at most (vigil.executions.max-concurrent); more are refused with 429")
            .build();
    static final Metadata LOG_DROPPED = counter(
            "vigil_log_dropped",
            "Log lines (DEBUG/INFO only) the asynchronous appender dropped because its queue was full");
    static final Metadata OVERFLOW = counter(
            "vigil_metrics_overflow",
            "Label values recorded as _other because a metric reached its cap of distinct values");

    /** The metrics whose label values come from users, as named in {@code vigil_metrics_overflow_total{metric}}. */
    static final String GUARDED_AGENT = "agent_executions_total";

    static final String GUARDED_SKILL = "skill_executions_total";

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    @Inject
    @ConfigProperty(name = "vigil.metrics.max-label-values", defaultValue = "200")
    int maxLabelValues;

    private final AtomicInteger active = new AtomicInteger();
    private final Map<String, LabelGuard> guards = new ConcurrentHashMap<>();
    private final Map<String, Boolean> reportedFailures = new ConcurrentHashMap<>();

    private static Metadata counter(String name, String description) {
        return Metadata.builder().withName(name).withDescription(description).build();
    }

    private static Metadata timer(String name, String description) {
        return Metadata.builder()
                .withName(name)
                .withDescription(description)
                .withUnit(MetricUnits.SECONDS)
                .build();
    }

    @PostConstruct
    void register() {
        if (maxLabelValues < 1) {
            throw new IllegalStateException(
                    "Invalid configuration: vigil.metrics.max-label-values must be at least 1, is " + maxLabelValues);
        }
        registry.gauge(ACTIVE_AGENTS, active, AtomicInteger::get);
        // At 0 from the start, so that the series exists before the first overflow (alerts, increase()).
        for (String guardedMetric : new String[] {GUARDED_AGENT, GUARDED_SKILL}) {
            registry.counter(OVERFLOW, new Tag("metric", guardedMetric));
        }
        var dropped = registry.counter(LOG_DROPPED);
        CountingAsyncAppender.onDrop(() -> record("log", dropped::inc));
    }

    /** The admission limit, exported so that alerts can compare {@code active_agents} against it. */
    public void executionCapacity(int maxConcurrent) {
        record("capacity", () -> registry.gauge(MAX_CONCURRENT, () -> maxConcurrent));
    }

    public void executionStarted() {
        active.incrementAndGet();
    }

    public void executionEnded() {
        active.decrementAndGet();
    }

    public void agentExecution(String agentId, String status, Duration took) {
        record("agent", () -> {
            Tag[] tags = {new Tag("agent_id", guarded(GUARDED_AGENT, agentId)), new Tag("status", status)};
            registry.counter(AGENT_EXECUTIONS, tags).inc();
            registry.timer(AGENT_DURATION, tags).update(took);
        });
    }

    public void skillExecution(String skillId, String status, Duration took) {
        record("skill", () -> {
            Tag[] tags = {new Tag("skill_id", guarded(GUARDED_SKILL, skillId)), new Tag("status", status)};
            registry.counter(SKILL_EXECUTIONS, tags).inc();
            registry.timer(SKILL_DURATION, tags).update(took);
        });
    }

    public void httpRequest(String method, String endpoint, int status, Duration took) {
        record("http", () -> {
            Tag[] tags = {
                new Tag("method", method), new Tag("endpoint", endpoint), new Tag("status", Integer.toString(status))
            };
            registry.counter(HTTP_REQUESTS, tags).inc();
            registry.timer(HTTP_DURATION, tags).update(took);
        });
    }

    public void dbQuery(String operation, Duration took) {
        record(
                "db",
                () -> registry.timer(DB_DURATION, new Tag("operation", operation))
                        .update(took));
    }

    private String guarded(String metric, String value) {
        return guards.computeIfAbsent(
                        metric,
                        name -> new LabelGuard(
                                maxLabelValues,
                                () -> registry.counter(OVERFLOW, new Tag("metric", name))
                                        .inc()))
                .admit(value);
    }

    private void record(String kind, Runnable update) {
        try {
            update.run();
        } catch (RuntimeException e) {
            if (reportedFailures.putIfAbsent(kind, Boolean.TRUE) == null) {
                LOG.warn("Recording {} metrics failed; the operation itself went on. Reported once.", kind, e);
            }
        }
    }
}
