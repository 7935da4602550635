package dev.vigil.monitoring.logging;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@LoggedExecution
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE - 10)
public class ExecutionLogInterceptor {

    private static final Logger LOG = LoggerFactory.getLogger("dev.vigil.executions");

    @AroundInvoke
    Object bind(InvocationContext invocation) throws Exception {
        LoggedExecution.Subject subject = (LoggedExecution.Subject) invocation.getParameters()[0];
        try (LogContext context =
                LogContext.bind("agent_id", subject.agentId(), "execution_id", subject.executionId())) {
            LOG.info("Execution started");
            long start = System.nanoTime();
            Object result = invocation.proceed();
            String status = result instanceof LoggedExecution.Result ended ? ended.statusName() : "unknown";
            (status.equals("succeeded") ? LOG.atInfo() : LOG.atWarn())
                    .addKeyValue("status", status)
                    .addKeyValue("duration_ms", (System.nanoTime() - start) / 1_000_000)
                    .log("Execution finished");
            return result;
        }
    }
}
