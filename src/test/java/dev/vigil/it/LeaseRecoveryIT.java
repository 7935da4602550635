package dev.vigil.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one database: the running server, and another instance that this test plays
 * by writing its rows directly. The IT server reaps every second with 4 s leases (pom.xml).
 */
class LeaseRecoveryIT {

    @Test
    void theServerAbandonsTheExecutionsOfADeadInstanceButNotThoseOfALiveOne()
            throws SQLException, InterruptedException {
        Assumptions.assumeTrue(
                Database.external(),
                "needs the server's database from outside: runs when VIGIL_DB_URL is set (.ci/run)");
        String dead = insertRunning("crashed-instance", Instant.now().minusSeconds(1));
        String live = insertRunning("live-instance", Instant.now().plusSeconds(3600));

        Instant until = Instant.now().plusSeconds(15);
        while (!"abandoned".equals(Api.get("/api/executions/" + dead).json().getString("status"))) {
            assertTrue(Instant.now().isBefore(until), "the dead instance's execution was not abandoned in time");
            Thread.sleep(200);
        }
        var abandoned = Api.get("/api/executions/" + dead).json();
        assertEquals(
                "abandoned: owner instance crashed-instance stopped renewing its lease", abandoned.getString("error"));
        assertEquals(
                "abandoned", abandoned.getJsonArray("steps").getJsonObject(0).getString("status"));

        Thread.sleep(Duration.ofSeconds(2).toMillis());
        assertEquals(
                "running",
                Api.get("/api/executions/" + live).json().getString("status"),
                "a live lease is never reaped");
        try (Connection c = new Database().connect();
                PreparedStatement delete = c.prepareStatement("DELETE FROM executions WHERE id = ?")) {
            delete.setString(1, live);
            delete.executeUpdate();
        }
    }

    private static String insertRunning(String owner, Instant leaseUntil) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (Connection c = new Database().connect();
                PreparedStatement execution = c.prepareStatement(
                        "INSERT INTO executions (id, agent_id, status, input_json, owner_instance,"
                                + " lease_expires_at, created_at, started_at) VALUES (?, 'elsewhere', 'running', '{}', ?, ?, ?, ?)");
                PreparedStatement step = c.prepareStatement(
                        "INSERT INTO execution_steps (execution_id, step_index, skill_id, status, started_at)"
                                + " VALUES (?, 0, 'wait', 'running', ?)")) {
            Timestamp now = Timestamp.from(Instant.now());
            execution.setString(1, id);
            execution.setString(2, owner);
            execution.setTimestamp(3, Timestamp.from(leaseUntil));
            execution.setTimestamp(4, now);
            execution.setTimestamp(5, now);
            execution.executeUpdate();
            step.setString(1, id);
            step.setTimestamp(2, now);
            step.executeUpdate();
        }
        return id;
    }
}
