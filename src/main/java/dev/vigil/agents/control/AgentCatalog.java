package dev.vigil.agents.control;

import dev.vigil.agents.entity.Agent;
import dev.vigil.agents.entity.Step;
import dev.vigil.monitoring.metrics.control.MeasuredQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Agent definitions: validated before they are stored, so a saved agent can always run. */
@ApplicationScoped
@Transactional
public class AgentCatalog {

    @PersistenceContext(unitName = "vigil")
    EntityManager em;

    @Inject
    AgentValidation validation;

    Clock clock = Clock.systemUTC();

    @MeasuredQuery("agent.insert")
    public Agent create(String id, String name, String description, List<Step> steps, Long timeoutMs) {
        validation.check(steps);
        if (em.find(Agent.class, id) != null) {
            throw new AgentConflictException(
                    "An agent with id '" + id + "' exists already; PUT /api/agents/" + id + " replaces it.");
        }
        Agent agent = new Agent(id, name, description, steps, timeoutMs);
        agent.stamp(clock.instant());
        em.persist(agent);
        return agent;
    }

    @MeasuredQuery("agent.update")
    public Agent replace(String id, String name, String description, List<Step> steps, Long timeoutMs) {
        validation.check(steps);
        Agent agent = find(id);
        agent.define(name, description, steps, timeoutMs);
        agent.stamp(clock.instant());
        return agent;
    }

    @MeasuredQuery("agent.find")
    public Agent find(String id) {
        Agent agent = em.find(Agent.class, id);
        if (agent == null) {
            throw new AgentNotFoundException(id);
        }
        return agent;
    }

    @MeasuredQuery("agent.list")
    public List<Agent> all() {
        return em.createNamedQuery(Agent.ALL, Agent.class).getResultList();
    }

    /** Executions of a deleted agent stay on record. */
    @MeasuredQuery("agent.delete")
    public void delete(String id) {
        em.remove(find(id));
    }
}
