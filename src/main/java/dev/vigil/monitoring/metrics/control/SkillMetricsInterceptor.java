package dev.vigil.monitoring.metrics.control;

import dev.vigil.skills.entity.Skill;
import dev.vigil.skills.entity.SkillTimeoutException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.time.Duration;

/** skill_executions_total and skill_execution_duration_seconds around one skill invocation; rethrows unchanged. */
@MeasuredSkill
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class SkillMetricsInterceptor {

    @Inject
    VigilMetrics metrics;

    @AroundInvoke
    Object measure(InvocationContext invocation) throws Exception {
        Skill skill = (Skill) invocation.getParameters()[0];
        long start = System.nanoTime();
        String status = "failed";
        try {
            Object result = invocation.proceed();
            status = "succeeded";
            return result;
        } catch (SkillTimeoutException e) {
            status = "timed_out";
            throw e;
        } finally {
            metrics.skillExecution(skill.id(), status, Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
