package dev.vigil.monitoring.metrics.control;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.time.Duration;

/** agent_executions_total, agent_execution_duration_seconds and active_agents around one execution. */
@MeasuredExecution
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class ExecutionMetricsInterceptor {

    @Inject
    VigilMetrics metrics;

    @AroundInvoke
    Object measure(InvocationContext invocation) throws Exception {
        MeasuredExecution.Subject subject =
                (MeasuredExecution.Subject) invocation.getParameters()[0];
        long start = System.nanoTime();
        metrics.executionStarted();
        String status = "failed";
        try {
            Object result = invocation.proceed();
            if (result instanceof MeasuredExecution.Result outcome) {
                status = outcome.statusName();
            }
            return result;
        } finally {
            metrics.executionEnded();
            metrics.agentExecution(subject.agentId(), status, Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
