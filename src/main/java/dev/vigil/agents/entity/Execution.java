package dev.vigil.agents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * One run of an agent. {@code ownerInstance} and {@code leaseExpiresAt} say which Vigil instance
 * runs it and until when that instance has promised to be alive; an expired lease on an
 * unfinished execution means its owner died, and the execution is {@code abandoned}.
 */
@Entity
@Table(name = "executions")
@NamedQuery(
        name = Execution.BY_AGENT,
        query = "SELECT e FROM Execution e WHERE e.agentId = :agentId ORDER BY e.createdAt DESC, e.id")
@NamedQuery(
        name = Execution.BY_AGENT_AND_STATUS,
        query =
                "SELECT e FROM Execution e WHERE e.agentId = :agentId AND e.status = :status ORDER BY e.createdAt DESC, e.id")
public class Execution {

    public static final String BY_AGENT = "Execution.byAgent";
    public static final String BY_AGENT_AND_STATUS = "Execution.byAgentAndStatus";
    public static final int MAX_ERROR_LENGTH = 2000;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "agent_id", nullable = false, length = 64)
    private String agentId;

    @Column(nullable = false, length = 16)
    private ExecutionStatus status;

    @Lob
    @Column(name = "input_json")
    private String input;

    @Lob
    @Column(name = "output_json")
    private String output;

    @Column(length = MAX_ERROR_LENGTH)
    private String error;

    @Column(name = "owner_instance", nullable = false, length = 128)
    private String ownerInstance;

    @Column(name = "lease_expires_at", nullable = false)
    private Instant leaseExpiresAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    private long version;

    protected Execution() {}

    public Execution(String agentId, String input, String ownerInstance, Instant now, Instant leaseExpiresAt) {
        this.id = UUID.randomUUID().toString();
        this.agentId = agentId;
        this.input = input;
        this.ownerInstance = ownerInstance;
        this.status = ExecutionStatus.PENDING;
        this.createdAt = now;
        this.leaseExpiresAt = leaseExpiresAt;
    }

    public void start(Instant now) {
        status = ExecutionStatus.RUNNING;
        startedAt = now;
    }

    public void finish(ExecutionStatus finalStatus, String output, String error, Instant now) {
        if (!finalStatus.isFinal()) {
            throw new IllegalArgumentException(finalStatus + " is not a final status");
        }
        this.status = finalStatus;
        this.output = output;
        this.error = truncate(error);
        this.finishedAt = now;
        if (startedAt == null) {
            startedAt = now;
        }
    }

    public static String truncate(String error) {
        return error == null || error.length() <= MAX_ERROR_LENGTH
                ? error
                : error.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }

    public String id() {
        return id;
    }

    public String agentId() {
        return agentId;
    }

    public ExecutionStatus status() {
        return status;
    }

    public String input() {
        return input;
    }

    public String output() {
        return output;
    }

    public String error() {
        return error;
    }

    public String ownerInstance() {
        return ownerInstance;
    }

    public Instant leaseExpiresAt() {
        return leaseExpiresAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
