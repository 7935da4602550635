package dev.vigil.platform;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * A failure the client can act on. Components throw subclasses named after what went wrong;
 * {@link ProblemExceptionMapper} turns every one into {@code application/problem+json}.
 */
public class ProblemException extends RuntimeException {

    private final Response.StatusType status;
    private final String title;
    private final List<String> errors;
    private final Map<String, String> headers;

    public ProblemException(Response.StatusType status, String title, String detail) {
        this(status, title, detail, List.of(), Map.of());
    }

    public ProblemException(
            Response.StatusType status, String title, String detail, List<String> errors, Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    public Response.StatusType status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<String> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
