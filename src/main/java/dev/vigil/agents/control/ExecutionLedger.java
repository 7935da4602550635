package dev.vigil.agents.control;

import dev.vigil.agents.entity.Execution;
import dev.vigil.agents.entity.ExecutionStatus;
import dev.vigil.agents.entity.ExecutionStep;
import dev.vigil.monitoring.metrics.control.MeasuredQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The database record of executions. Every write is its own transaction, so what a step did is
 * on record the moment it ends, even if the instance dies during the next one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ExecutionLedger {

    @PersistenceContext(unitName = "vigil")
    EntityManager em;

    @MeasuredQuery("execution.insert")
    public Execution open(String agentId, String input, String owner, Instant now, Instant leaseUntil) {
        Execution execution = new Execution(agentId, input, owner, now, leaseUntil);
        em.persist(execution);
        return execution;
    }

    /** @return false when the execution is already final (e.g. abandoned while it waited) */
    @MeasuredQuery("execution.start")
    public boolean markRunning(String id, Instant now) {
        Execution execution = locked(id);
        if (execution.status().isFinal()) {
            return false;
        }
        execution.start(now);
        return true;
    }

    @MeasuredQuery("step.insert")
    public void stepStarted(String executionId, int index, String skillId, Instant at) {
        em.persist(new ExecutionStep(executionId, index, skillId, at));
    }

    @MeasuredQuery("step.update")
    public void stepFinished(
            String executionId, int index, ExecutionStatus status, String output, String error, Duration took) {
        ExecutionStep step = em.find(ExecutionStep.class, new ExecutionStep.Key(executionId, index));
        if (step != null && !step.status().isFinal()) {
            step.finish(status, output, error, took);
        }
    }

    /**
     * Writes the final status unless another instance already declared this execution abandoned;
     * a final status is never overwritten.
     *
     * @return false when the execution was final already
     */
    @MeasuredQuery("execution.finish")
    public boolean finish(String id, ExecutionStatus status, String output, String error, Instant now) {
        Execution execution = locked(id);
        if (execution.status().isFinal()) {
            return false;
        }
        execution.finish(status, output, error, now);
        return true;
    }

    private Execution locked(String id) {
        Execution execution = em.find(Execution.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (execution == null) {
            throw new ExecutionNotFoundException(id);
        }
        return execution;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @MeasuredQuery("execution.find")
    public Optional<Execution> find(String id) {
        return Optional.ofNullable(em.find(Execution.class, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @MeasuredQuery("step.list")
    public List<ExecutionStep> steps(String executionId) {
        return em.createNamedQuery(ExecutionStep.OF_EXECUTION, ExecutionStep.class)
                .setParameter("executionId", executionId)
                .getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @MeasuredQuery("execution.list")
    public List<Execution> ofAgent(String agentId, Optional<ExecutionStatus> status, int limit) {
        var query = status.isPresent()
                ? em.createNamedQuery(Execution.BY_AGENT_AND_STATUS, Execution.class)
                        .setParameter("status", status.get())
                : em.createNamedQuery(Execution.BY_AGENT, Execution.class);
        return query.setParameter("agentId", agentId).setMaxResults(limit).getResultList();
    }
}
