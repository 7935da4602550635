package dev.vigil.monitoring.logging;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Binds {@code agent_id} and {@code execution_id} while the method runs one execution; its first parameter is a {@link Subject}, its result a {@link Result}. */
@InterceptorBinding
@Retention(RUNTIME)
@Target({METHOD, TYPE})
public @interface LoggedExecution {

    interface Subject {
        String agentId();

        String executionId();
    }

    /** How the run ended, for the closing log line. */
    interface Result {
        String statusName();
    }
}
