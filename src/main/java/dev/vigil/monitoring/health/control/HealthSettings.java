package dev.vigil.monitoring.health.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Health configuration, checked when the application starts: a value out of range stops the
 * deployment with a message naming the key (a value of the wrong type already does, through
 * MicroProfile Config), never a silent default.
 */
@ApplicationScoped
public class HealthSettings {

    @Inject
    @ConfigProperty(name = "vigil.health.db.timeout", defaultValue = "1000")
    long databaseTimeoutMillis;

    @Inject
    @ConfigProperty(name = "vigil.health.check.timeout", defaultValue = "5000")
    long checkTimeoutMillis;

    @Inject
    @ConfigProperty(name = "vigil.health.cache.ttl", defaultValue = "1000")
    long cacheTtlMillis;

    @Inject
    @ConfigProperty(name = "vigil.health.disk.path")
    Optional<String> diskPath;

    @Inject
    @ConfigProperty(name = "vigil.health.disk.min-free-bytes", defaultValue = "1073741824")
    long diskMinFreeBytes;

    @Inject
    @ConfigProperty(name = "vigil.health.details", defaultValue = "authenticated")
    String details;

    @Inject
    @ConfigProperty(name = "vigil.health.details.role", defaultValue = "ops")
    String detailsRole;

    void validateAtStartup(@Observes @Initialized(ApplicationScoped.class) Object event) {
        validate();
    }

    void validate() {
        between("vigil.health.db.timeout", databaseTimeoutMillis, 1, 60_000);
        between("vigil.health.check.timeout", checkTimeoutMillis, 1, 60_000);
        between("vigil.health.cache.ttl", cacheTtlMillis, 0, 60_000);
        between("vigil.health.disk.min-free-bytes", diskMinFreeBytes, 0, Long.MAX_VALUE);
        if (!details.equals("authenticated") && !details.equals("always") && !details.equals("never")) {
            throw new IllegalStateException(
                    "Invalid configuration: vigil.health.details must be authenticated, always or never, is '" + details
                            + "'");
        }
        diskPath.ifPresent(path -> {
            if (path.isBlank()) {
                throw new IllegalStateException("Invalid configuration: vigil.health.disk.path is empty");
            }
        });
    }

    private static void between(String key, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalStateException(
                    "Invalid configuration: " + key + " must be between " + min + " and " + max + ", is " + value);
        }
    }

    public Duration databaseTimeout() {
        return Duration.ofMillis(databaseTimeoutMillis);
    }

    public Duration checkTimeout() {
        return Duration.ofMillis(checkTimeoutMillis);
    }

    public Duration cacheTtl() {
        return Duration.ofMillis(cacheTtlMillis);
    }

    /** The volume to watch: {@code vigil.health.disk.path}, else the server's working directory (Liberty: the server's output directory). */
    public Path diskPath() {
        return Path.of(diskPath.orElse(".")).toAbsolutePath().normalize();
    }

    public long diskMinFreeBytes() {
        return diskMinFreeBytes;
    }

    /** {@code always}, {@code never}, or {@code authenticated}: only callers in {@link #detailsRole()}. */
    public String details() {
        return details;
    }

    public String detailsRole() {
        return detailsRole;
    }
}
