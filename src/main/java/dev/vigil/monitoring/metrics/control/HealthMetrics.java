package dev.vigil.monitoring.metrics.control;

import dev.vigil.monitoring.health.control.HealthChange;
import dev.vigil.monitoring.health.control.HealthProbe;
import dev.vigil.monitoring.health.control.HealthSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Health as metrics, for alerts and dashboards: what the probes would answer, each check's
 * latest status, and free disk space against the readiness threshold. The probe gauges run the
 * checks when scraped (cached like any probe, so a scrape costs no more than a probe); the
 * per-check gauges hold the last status any probe or scrape saw.
 */
@ApplicationScoped
public class HealthMetrics {

    static final Metadata PROBE_UP = Metadata.builder()
            .withName("vigil_health_up")
            .withDescription(
                    "1 when the probe (live, ready, started) would answer 200, else 0; evaluated at scrape time")
            .build();
    static final Metadata CHECK_UP = Metadata.builder()
            .withName("vigil_health_check_up")
            .withDescription("1 when the named health check was UP at its latest run, else 0")
            .build();
    static final Metadata DISK_FREE = Metadata.builder()
            .withName("vigil_disk_free_bytes")
            .withDescription("Usable bytes on the volume of vigil.health.disk.path")
            .build();
    static final Metadata DISK_MIN_FREE = Metadata.builder()
            .withName("vigil_disk_min_free_bytes")
            .withDescription("Readiness threshold vigil.health.disk.min-free-bytes: below it the instance is not ready")
            .build();

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    @Inject
    HealthProbe probe;

    @Inject
    HealthSettings settings;

    private final Map<String, AtomicInteger> checks = new ConcurrentHashMap<>();

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        probe(HealthProbe.Kind.LIVENESS, "live");
        probe(HealthProbe.Kind.READINESS, "ready");
        probe(HealthProbe.Kind.STARTUP, "started");
        registry.gauge(DISK_FREE, this::freeBytes);
        registry.gauge(DISK_MIN_FREE, settings::diskMinFreeBytes);
    }

    private void probe(HealthProbe.Kind kind, String name) {
        registry.gauge(PROBE_UP, () -> probe.report(kind).up() ? 1 : 0, new Tag("probe", name));
    }

    void onChange(@Observes HealthChange change) {
        checks.computeIfAbsent(change.check(), check -> {
                    AtomicInteger status = new AtomicInteger();
                    registry.gauge(CHECK_UP, status, AtomicInteger::get, new Tag("check", check));
                    return status;
                })
                .set(change.up() ? 1 : 0);
    }

    /** NaN when the volume cannot be read: the disk check reports that as DOWN with its reason. */
    private double freeBytes() {
        try {
            return Files.getFileStore(settings.diskPath()).getUsableSpace();
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
