package dev.vigil.agents.control;

import dev.vigil.platform.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the runtime up in order — schema migrations, recovery of executions abandoned by dead
 * instances, then the lease heartbeat and the periodic reaper — and takes it down again.
 * A failure at startup fails the deployment rather than leaving a half-working instance.
 */
@ApplicationScoped
public class RuntimeLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(RuntimeLifecycle.class);

    @Inject
    SchemaMigration migration;

    @Inject
    ExecutionLeases leases;

    @Inject
    InstanceIdentity instance;

    @Inject
    Executions executions;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "vigil.executions.lease.duration", defaultValue = "30000")
    long leaseMillis;

    @Inject
    @ConfigProperty(name = "vigil.executions.lease.renew-interval", defaultValue = "10000")
    long renewMillis;

    @Inject
    @ConfigProperty(name = "vigil.executions.reaper.interval", defaultValue = "15000")
    long reaperMillis;

    Clock clock = Clock.systemUTC();

    private final List<ScheduledFuture<?>> schedules = new ArrayList<>();
    private volatile boolean started;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) throws SQLException {
        Executions.require(
                renewMillis >= 100 && renewMillis * 2 <= leaseMillis,
                "vigil.executions.lease.renew-interval (" + renewMillis
                        + " ms) must be at least 100 ms and at most half of " + "vigil.executions.lease.duration ("
                        + leaseMillis + " ms)");
        Executions.require(
                reaperMillis >= 100, "vigil.executions.reaper.interval must be at least 100 ms, is " + reaperMillis);
        migration.migrate();
        int own = leases.abandonOwnedBy(instance.id(), clock.instant());
        int expired = leases.abandonExpired(clock.instant());
        LOG.info("Runtime started as instance {}; recovered {} abandoned execution(s)", instance.id(), own + expired);
        schedules.add(
                scheduler.scheduleWithFixedDelay(this::renewLeases, renewMillis, renewMillis, TimeUnit.MILLISECONDS));
        schedules.add(scheduler.scheduleWithFixedDelay(this::reap, reaperMillis, reaperMillis, TimeUnit.MILLISECONDS));
        executions.runningCount(); // creates the bean now, so invalid limits fail the deployment
        started = true;
    }

    /** True once migrations ran, abandoned executions were recovered and the heartbeat runs. */
    public boolean isStarted() {
        return started;
    }

    void renewLeases() {
        try {
            leases.renew(instance.id(), clock.instant().plusMillis(leaseMillis));
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Could not renew the leases of instance {}: {}", instance.id(), e.toString());
        }
    }

    void reap() {
        try {
            int abandoned = leases.abandonExpired(clock.instant());
            if (abandoned > 0) {
                LOG.warn("Marked {} execution(s) abandoned: their owner stopped renewing its lease", abandoned);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Could not look for abandoned executions: {}", e.toString());
        }
    }

    void onStop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
        started = false;
        schedules.forEach(schedule -> schedule.cancel(false));
        try {
            int abandoned = leases.abandonOwnedBy(instance.id(), clock.instant());
            if (abandoned > 0) {
                LOG.warn("Stopping with {} unfinished execution(s); marked them abandoned", abandoned);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Could not mark this instance's unfinished executions abandoned at shutdown: {}", e.toString());
        }
    }
}
