package dev.vigil.agents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two runtime instances on one real, migrated database (Derby in memory, or PostgreSQL when
 * VIGIL_DB_URL says so). Each instance has its own {@link ExecutionLeases}; time is passed in.
 */
class ExecutionLeasesTest {

    static TestDatabase database;

    final String agent = "lease-test-" + UUID.randomUUID().toString().substring(0, 8);
    final ExecutionLeases alive = new ExecutionLeases(database);
    final ExecutionLeases crashed = new ExecutionLeases(database);
    final Instant t0 = Instant.parse("2026-01-01T10:00:00Z");

    @BeforeAll
    static void migrate() {
        database = TestDatabase.migrated();
    }

    @AfterEach
    void removeRows() throws SQLException {
        try (Connection c = database.getConnection();
                PreparedStatement delete = c.prepareStatement("DELETE FROM executions WHERE agent_id = ?")) {
            delete.setString(1, agent);
            delete.executeUpdate();
        }
    }

    String insert(String owner, String status, Instant leaseUntil) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (Connection c = database.getConnection();
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO executions (id, agent_id, status, owner_instance, lease_expires_at, created_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement step = c.prepareStatement(
                        "INSERT INTO execution_steps (execution_id, step_index, skill_id, status, started_at)"
                                + " VALUES (?, 0, 'wait', ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, agent);
            insert.setString(3, status);
            insert.setString(4, owner);
            insert.setTimestamp(5, Timestamp.from(leaseUntil));
            insert.setTimestamp(6, Timestamp.from(t0));
            insert.executeUpdate();
            step.setString(1, id);
            step.setString(2, status.equals("running") ? "running" : "succeeded");
            step.setTimestamp(3, Timestamp.from(t0));
            step.executeUpdate();
        }
        return id;
    }

    String status(String id) throws SQLException {
        return column("SELECT status FROM executions WHERE id = ?", id);
    }

    String stepStatus(String id) throws SQLException {
        return column("SELECT status FROM execution_steps WHERE execution_id = ?", id);
    }

    String column(String sql, String id) throws SQLException {
        try (Connection c = database.getConnection();
                PreparedStatement query = c.prepareStatement(sql)) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    @Test
    void onlyTheExecutionsOfAnInstanceThatStoppedRenewingAreAbandoned() throws SQLException {
        String aliveRunning = insert("instance-a", "running", t0.plusSeconds(30));
        String crashedRunning = insert("instance-b", "running", t0.plusSeconds(30));
        String crashedPending = insert("instance-b", "pending", t0.plusSeconds(30));
        String crashedFinished = insert("instance-b", "succeeded", t0.plusSeconds(30));

        // 20 s later instance A renews; B has crashed and does not.
        assertEquals(1, alive.renew("instance-a", t0.plusSeconds(50)));
        assertEquals(0, crashed.abandonExpired(t0.plusSeconds(29)), "nobody's lease has expired yet");

        // At 31 s B's leases have run out, A's have not. Either instance may run the reaper.
        assertEquals(2, alive.abandonExpired(t0.plusSeconds(31)));
        assertEquals("running", status(aliveRunning));
        assertEquals("running", stepStatus(aliveRunning));
        assertEquals("abandoned", status(crashedRunning));
        assertEquals("abandoned", stepStatus(crashedRunning));
        assertEquals("abandoned", status(crashedPending));
        assertEquals("succeeded", status(crashedFinished), "a final status is never touched");
        assertEquals(
                "abandoned: owner instance instance-b stopped renewing its lease",
                column("SELECT error FROM executions WHERE id = ?", crashedRunning));
        assertTrue(column("SELECT finished_at FROM executions WHERE id = ?", crashedRunning) != null);

        assertEquals(0, alive.abandonExpired(t0.plusSeconds(49)), "reaping twice changes nothing");
    }

    @Test
    void renewingTouchesOnlyTheOwnersUnfinishedExecutions() throws SQLException {
        insert("instance-a", "running", t0);
        insert("instance-a", "failed", t0);
        insert("instance-b", "running", t0);
        assertEquals(1, alive.renew("instance-a", t0.plusSeconds(60)));
    }

    @Test
    void aRestartedInstanceWithAStableIdAbandonsWhatItOwnedAtOnce() throws SQLException {
        String before = insert("pod-0", "running", t0.plusSeconds(3600));
        String other = insert("pod-1", "running", t0.plusSeconds(3600));
        assertEquals(1, alive.abandonOwnedBy("pod-0", t0.plusSeconds(1)));
        assertEquals("abandoned", status(before));
        assertEquals("running", status(other));
        assertNull(column("SELECT status FROM executions WHERE id = ?", "no-such-id"));
    }
}
