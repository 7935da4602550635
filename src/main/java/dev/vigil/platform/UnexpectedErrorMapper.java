package dev.vigil.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything nobody expected: a 500 whose body carries only an opaque incident id; the same id
 * and the stack trace go to the log, so an operator can find one from the other.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorMapper.class);

    @Override
    public Response toResponse(Throwable error) {
        String incidentId = UUID.randomUUID().toString();
        LOG.error("Unexpected error, incident_id={}", incidentId, error);
        return Problem.of(
                        Response.Status.INTERNAL_SERVER_ERROR,
                        "Internal server error",
                        "Something went wrong on our side. Quote the incident_id when you report it.",
                        java.util.List.of(),
                        incidentId)
                .build();
    }
}
