package dev.vigil.monitoring.health.checks;

import dev.vigil.monitoring.health.control.HealthSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Free bytes on the data and log volume ({@code vigil.health.disk.path}) against {@code vigil.health.disk.min-free-bytes}. */
@Readiness
@ApplicationScoped
public class DiskSpaceCheck implements HealthCheck {

    @Inject
    HealthSettings settings;

    @Override
    public HealthCheckResponse call() {
        Path path = settings.diskPath();
        long threshold = settings.diskMinFreeBytes();
        var response = HealthCheckResponse.named("disk-space")
                .withData("threshold_bytes", threshold)
                .withData("path", path.toString());
        try {
            long free = Files.getFileStore(path).getUsableSpace();
            return response.withData("free_bytes", free)
                    .status(free >= threshold)
                    .build();
        } catch (IOException | RuntimeException e) {
            return response.down()
                    .withData("error", e.getClass().getSimpleName() + ": " + e.getMessage())
                    .build();
        }
    }
}
