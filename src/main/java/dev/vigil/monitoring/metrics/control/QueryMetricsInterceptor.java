package dev.vigil.monitoring.metrics.control;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.time.Duration;

/** db_query_duration_seconds{operation} around a data-access method, failures included; rethrows unchanged. */
@MeasuredQuery("")
@Interceptor
// Outside @Transactional (PLATFORM_BEFORE + 200), so the commit counts too.
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class QueryMetricsInterceptor {

    @Inject
    VigilMetrics metrics;

    @AroundInvoke
    Object measure(InvocationContext invocation) throws Exception {
        long start = System.nanoTime();
        try {
            return invocation.proceed();
        } finally {
            metrics.dbQuery(operation(invocation), Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private static String operation(InvocationContext invocation) {
        MeasuredQuery onMethod = invocation.getMethod().getAnnotation(MeasuredQuery.class);
        if (onMethod != null) {
            return onMethod.value();
        }
        MeasuredQuery onClass = invocation.getMethod().getDeclaringClass().getAnnotation(MeasuredQuery.class);
        return onClass != null
                ? onClass.value() + "." + invocation.getMethod().getName()
                : invocation.getMethod().getName();
    }
}
