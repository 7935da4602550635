package dev.vigil.platform;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not JSON, or JSON of the wrong shape (a string where a number belongs). */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    static final String DETAIL = "The request body is not valid JSON, or a field has the wrong type.";

    @Override
    public Response toResponse(ProcessingException exception) {
        return malformed(exception);
    }

    /** 400, unless a problem of ours (e.g. the body size limit) is the cause: then that problem. */
    static Response malformed(Throwable exception) {
        ProblemException problem = cause(exception, ProblemException.class);
        if (problem != null) {
            return new ProblemExceptionMapper().toResponse(problem);
        }
        return Problem.of(Response.Status.BAD_REQUEST, "Malformed request body", DETAIL)
                .build();
    }

    @SafeVarargs
    static boolean causedBy(Throwable thrown, Class<? extends Throwable>... kinds) {
        for (Class<? extends Throwable> kind : kinds) {
            if (cause(thrown, kind) != null) {
                return true;
            }
        }
        return false;
    }

    static <T extends Throwable> T cause(Throwable thrown, Class<T> kind) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) {
                return kind.cast(t);
            }
        }
        return null;
    }
}
