package dev.vigil.agents.control;

import dev.vigil.monitoring.metrics.control.MeasuredQuery;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Leases on unfinished executions, in plain SQL because each is one set-based statement.
 * The owner pushes {@code lease_expires_at} forward while it lives; anyone may declare the
 * unfinished executions of an expired lease {@code abandoned}, and only those: an instance that
 * keeps renewing never loses its executions. Assumes the instances' clocks agree to well within
 * the lease duration (NTP).
 */
@ApplicationScoped
public class ExecutionLeases {

    private static final String UNFINISHED = "('pending', 'running')";

    @Resource(lookup = "jdbc/vigil")
    DataSource dataSource;

    public ExecutionLeases() {}

    public ExecutionLeases(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @return how many executions of this owner now hold the lease until {@code until} */
    @MeasuredQuery("lease.renew")
    public int renew(String owner, Instant until) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE executions SET lease_expires_at = ? WHERE owner_instance = ? AND status IN "
                                + UNFINISHED)) {
            update.setTimestamp(1, Timestamp.from(until));
            update.setString(2, owner);
            return update.executeUpdate();
        }
    }

    /** Marks every unfinished execution whose lease ran out before {@code now} abandoned; returns how many. */
    @MeasuredQuery("lease.reap")
    public int abandonExpired(Instant now) throws SQLException {
        return abandon(
                "lease_expires_at < ?",
                Timestamp.from(now),
                now,
                "abandoned: owner instance ' || owner_instance || ' stopped renewing its lease");
    }

    /**
     * Marks the unfinished executions of {@code owner} abandoned at once: used at startup when the
     * instance id is stable (a restarted instance cannot still be running them) and at shutdown.
     */
    @MeasuredQuery("lease.abandon")
    public int abandonOwnedBy(String owner, Instant now) throws SQLException {
        return abandon("owner_instance = ?", owner, now, "abandoned: owner instance ' || owner_instance || ' stopped");
    }

    private int abandon(String condition, Object value, Instant now, String reason) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement steps = connection.prepareStatement(
                            "UPDATE execution_steps SET status = 'abandoned' WHERE status = 'running' AND execution_id IN "
                                    + "(SELECT id FROM executions WHERE status IN " + UNFINISHED + " AND " + condition
                                    + ")");
                    PreparedStatement executions = connection.prepareStatement(
                            "UPDATE executions SET status = 'abandoned', finished_at = ?, error = '" + reason
                                    + "', version = version + 1" + " WHERE status IN " + UNFINISHED + " AND "
                                    + condition)) {
                steps.setObject(1, value);
                steps.executeUpdate();
                executions.setTimestamp(1, Timestamp.from(now));
                executions.setObject(2, value);
                int abandoned = executions.executeUpdate();
                connection.commit();
                return abandoned;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }
}
