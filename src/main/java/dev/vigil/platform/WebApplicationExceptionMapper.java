package dev.vigil.platform;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors the JAX-RS runtime raises itself: unknown paths, wrong methods, unsupported media types,
 * unreadable bodies. The runtime's own messages name internal classes and full URLs, so the
 * detail is ours.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        Response.StatusType status = original.getStatusInfo();
        Response.ResponseBuilder problem =
                Problem.of(status, status.getReasonPhrase(), detail(exception, status.getStatusCode()));
        copy(original, problem, "Allow");
        copy(original, problem, "Retry-After");
        return problem.build();
    }

    private static String detail(WebApplicationException exception, int status) {
        if (UnreadableBodyMapper.causedBy(exception, JsonbException.class, JsonException.class)) {
            return UnreadableBodyMapper.DETAIL;
        }
        return switch (status) {
            case 400 -> "The request is not valid.";
            case 404 -> "There is nothing at this path.";
            case 405 -> "This method is not allowed on this path.";
            case 406 -> "This resource cannot produce the media type the Accept header asks for.";
            case 413 -> "The request body is too large.";
            case 415 -> "This resource does not accept the request's Content-Type; send application/json.";
            default -> null;
        };
    }

    private static void copy(Response from, Response.ResponseBuilder to, String header) {
        String value = from.getHeaderString(header);
        if (value != null) {
            to.header(header, value);
        }
    }
}
