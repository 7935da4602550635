package dev.vigil.monitoring.health.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.inject.Inject;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@code @Liveness}, {@code @Readiness} and {@code @Startup} check of the application, each
 * wrapped once in a {@link CachedCheck}. A report starts all checks of its kind at once and then
 * collects them, so it takes as long as the slowest deadline, not their sum.
 */
@ApplicationScoped
public class HealthProbe {

    private static final Logger LOG = LoggerFactory.getLogger(HealthProbe.class);

    public enum Kind {
        LIVENESS(Liveness.Literal.INSTANCE),
        READINESS(Readiness.Literal.INSTANCE),
        STARTUP(Startup.Literal.INSTANCE);

        final Annotation qualifier;

        Kind(Annotation qualifier) {
            this.qualifier = qualifier;
        }
    }

    @Inject
    @Any
    Instance<HealthCheck> discovered;

    @Inject
    HealthSettings settings;

    @Inject
    Event<HealthChange> changes;

    /** Container threads (JNDI, class loader) of the probe's own: checks never queue behind the request load they judge. */
    @Resource
    ManagedThreadFactory threads;

    private ThreadPoolExecutor executor;

    Clock clock = Clock.systemUTC();

    private final Map<Bean<?>, CachedCheck> byBean = new LinkedHashMap<>();
    private final Map<Kind, List<CachedCheck>> byKind = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<Instance.Handle<HealthCheck>> dependents = new ArrayList<>();

    @PostConstruct
    void createThreads() {
        // Single flight keeps at most one call per check running; a hung call holds its thread until it
        // ends. Core = max: a ThreadPoolExecutor queues before it adds threads, and a check must never
        // wait in a queue behind a hung one.
        executor = new ThreadPoolExecutor(16, 16, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(64), threads);
        executor.allowCoreThreadTimeOut(true);
    }

    /** The checks of one kind. */
    public HealthReport report(Kind kind) {
        return run(checks(kind));
    }

    /** Every check once, whatever its kinds. */
    public HealthReport reportAll() {
        List<CachedCheck> all = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            checks(kind).stream().filter(check -> !all.contains(check)).forEach(all::add);
        }
        return run(all);
    }

    private HealthReport run(List<CachedCheck> checks) {
        List<CachedCheck.Pending> pending =
                checks.stream().map(CachedCheck::begin).toList();
        List<HealthReport.Entry> entries = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            CheckResult result = checks.get(i).await(pending.get(i));
            entries.add(new HealthReport.Entry(result, checks.get(i).ageMillis(result)));
        }
        return new HealthReport(entries);
    }

    private List<CachedCheck> checks(Kind kind) {
        List<CachedCheck> known = byKind.get(kind);
        if (known != null) {
            return known;
        }
        synchronized (this) {
            return byKind.computeIfAbsent(kind, this::discover);
        }
    }

    private List<CachedCheck> discover(Kind kind) {
        List<CachedCheck> checks = new ArrayList<>();
        for (Instance.Handle<HealthCheck> handle :
                discovered.select(kind.qualifier).handles()) {
            checks.add(byBean.computeIfAbsent(handle.getBean(), bean -> wrap(handle)));
        }
        return List.copyOf(checks);
    }

    private CachedCheck wrap(Instance.Handle<HealthCheck> handle) {
        Bean<?> bean = handle.getBean();
        if (bean.getScope() == Dependent.class) {
            dependents.add(handle);
        }
        Duration deadline =
                TimeBoxed.class.isAssignableFrom(bean.getBeanClass()) && handle.get() instanceof TimeBoxed boxed
                        ? boxed.deadline()
                        : settings.checkTimeout();
        return new CachedCheck(
                handle.get(),
                bean.getBeanClass().getName(),
                deadline,
                settings.cacheTtl(),
                executor,
                clock,
                this::onResult);
    }

    private void onResult(CheckResult previous, CheckResult current) {
        logChange(previous, current);
        if (previous == null
                || previous.up() != current.up()
                || !previous.name().equals(current.name())) {
            try {
                changes.fire(new HealthChange(current.name(), current.up()));
            } catch (RuntimeException e) {
                LOG.warn("An observer of health changes failed; the probe goes on", e);
            }
        }
    }

    /** Once per change, not once per probe. */
    static void logChange(CheckResult previous, CheckResult current) {
        boolean changed = previous == null ? !current.up() : previous.up() != current.up();
        if (!changed) {
            return;
        }
        String from = previous == null ? "UNKNOWN" : previous.up() ? "UP" : "DOWN";
        String to = current.up() ? "UP" : "DOWN";
        var event = current.up() ? LOG.atInfo() : LOG.atWarn();
        event.addKeyValue("check", current.name()).addKeyValue("from", from).addKeyValue("to", to);
        if (current.reason() != null) {
            event = event.addKeyValue("reason", current.reason());
        }
        event.log("Health check {} changed from {} to {}", current.name(), from, to);
    }

    @PreDestroy
    void release() {
        executor.shutdownNow();
        dependents.forEach(Instance.Handle::destroy);
    }
}
