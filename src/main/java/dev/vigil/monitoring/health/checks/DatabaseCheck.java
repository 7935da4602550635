package dev.vigil.monitoring.health.checks;

import dev.vigil.monitoring.health.control.HealthSettings;
import dev.vigil.monitoring.health.control.TimeBoxed;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Pings {@code jdbc/vigil} with {@code SELECT 1} ({@code VALUES 1} on Derby). The runner cuts it off at
 * {@code vigil.health.db.timeout}, since a black-holed database would otherwise hold a probe for
 * as long as the socket timeout.
 */
@Readiness
@ApplicationScoped
public class DatabaseCheck implements HealthCheck, TimeBoxed {

    @Resource(lookup = "jdbc/vigil")
    DataSource dataSource;

    @Inject
    HealthSettings settings;

    @Override
    public Duration deadline() {
        return settings.databaseTimeout();
    }

    @Override
    public HealthCheckResponse call() {
        long started = System.nanoTime();
        var response = HealthCheckResponse.named("database")
                .withData("timeout_ms", deadline().toMillis());
        if (dataSource == null) {
            return response.down()
                    .withData("error", "datasource jdbc/vigil is not available")
                    .build();
        }
        // A second past the deadline: the runner's deadline is what bounds the probe; the driver's own
        // timeout only frees this thread afterwards (racing the two would make the reason random).
        int seconds = (int) ((deadline().toMillis() + 999) / 1000) + 1;
        Exception failure = null;
        // Twice at most: a pooled connection can be dead while the database is fine (restarted, idle
        // connection cut by a firewall); the first failure has purged the pool, so the second attempt
        // gets a fresh connection. The second failure is the one reported.
        for (int attempt = 1; attempt <= 2; attempt++) {
            try {
                ping(seconds);
                var up = response.up()
                        .withData(
                                "ping_ms",
                                Duration.ofNanos(System.nanoTime() - started).toMillis());
                return (attempt > 1 ? up.withData("retried", true) : up).build();
            } catch (SQLException | RuntimeException e) {
                failure = e;
            }
        }
        // Full message for authenticated callers only: it can name hosts, users and URLs.
        return response.down()
                .withData("error", failure.getClass().getSimpleName() + ": " + failure.getMessage())
                .build();
    }

    /**
     * A real statement rather than isValid(): when the connection is dead, the SQLException it
     * raises lets Liberty purge the whole pool, instead of handing out its stale siblings one probe
     * after another.
     */
    private void ping(int seconds) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement ping = connection.createStatement()) {
            ping.setQueryTimeout(seconds);
            ping.execute(pingSql(connection));
        }
    }

    private String pingSql(Connection connection) throws SQLException {
        String sql = pingSql;
        if (sql == null) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
            sql = product.contains("derby") || product.contains("db2") ? "VALUES 1" : "SELECT 1";
            pingSql = sql;
        }
        return sql;
    }

    private volatile String pingSql;
}
