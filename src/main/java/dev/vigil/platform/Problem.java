package dev.vigil.platform;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem details body. {@code type} is a stable relative URI per status, so clients
 * can branch on it; {@code errors} lists every validation failure at once; {@code incident_id}
 * ties a 500 to its log line.
 */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final int MAX_DETAIL = 500;

    private Problem() {}

    public static Response.ResponseBuilder of(Response.StatusType status, String title, String detail) {
        return of(status, title, detail, List.of(), null);
    }

    public static Response.ResponseBuilder of(
            Response.StatusType status, String title, String detail, List<String> errors, String incidentId) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "/problems/" + status.getStatusCode())
                .add("title", title == null ? status.getReasonPhrase() : title)
                .add("status", status.getStatusCode());
        if (detail != null && !detail.isBlank()) {
            body.add("detail", detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) + "…" : detail);
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            errors.stream().limit(50).forEach(list::add);
            body.add("errors", list);
        }
        if (incidentId != null) {
            body.add("incident_id", incidentId);
        }
        return Response.status(status.getStatusCode())
                .type(MEDIA_TYPE)
                .entity(body.build().toString());
    }
}
