package dev.vigil.monitoring.metrics.control;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Counts and times a method that runs one agent execution: its first parameter is a
 * {@link MeasuredExecution.Subject}, its result a {@link MeasuredExecution.Result}.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({METHOD, TYPE})
public @interface MeasuredExecution {

    /** What the interceptor needs to know about the run. */
    interface Subject {
        String agentId();
    }

    /** How the run ended: succeeded, failed or timed_out. */
    interface Result {
        String statusName();
    }
}
