package dev.vigil.agents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;

@Entity
@Table(name = "agents")
@NamedQuery(name = Agent.ALL, query = "SELECT a FROM Agent a ORDER BY a.id")
public class Agent {

    public static final String ALL = "Agent.all";

    @Id
    @Column(length = 64)
    private String id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 2000)
    private String description;

    @Lob
    @Column(name = "steps", nullable = false)
    private String stepsJson;

    @Column(name = "timeout_ms")
    private Long timeoutMs;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Agent() {}

    public Agent(String id, String name, String description, List<Step> steps, Long timeoutMs) {
        this.id = id;
        define(name, description, steps, timeoutMs);
    }

    /** Replaces the definition, keeping the identity and creation time. */
    public final void define(String name, String description, List<Step> steps, Long timeoutMs) {
        this.name = name;
        this.description = description;
        this.stepsJson = Step.toJson(steps);
        this.timeoutMs = timeoutMs;
    }

    public void stamp(Instant now) {
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public List<Step> steps() {
        return Step.fromJson(stepsJson);
    }

    public Long timeoutMs() {
        return timeoutMs;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
