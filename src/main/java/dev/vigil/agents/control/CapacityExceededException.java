package dev.vigil.agents.control;

import dev.vigil.platform.ProblemException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** Every execution slot of this instance is busy: nothing was recorded or started; retry later. */
public class CapacityExceededException extends ProblemException {

    public CapacityExceededException(int limit, long retryAfterSeconds) {
        super(
                Response.Status.TOO_MANY_REQUESTS,
                "Too many running executions",
                "This instance is running its limit of " + limit + " executions; nothing was started. Retry after "
                        + retryAfterSeconds + " s.",
                List.of(),
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }
}
