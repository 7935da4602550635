package dev.vigil.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/ping}: answers without touching anything. For load balancers that only need a
 * TCP-and-HTTP answer, and the baseline that bench/health.sh measures the probes against. Like the
 * probes, its access line is DEBUG: machines call it every few seconds.
 */
@ApplicationScoped
@Path("api/ping")
@Tag(name = "platform")
public class PingResource {

    private static final String PONG = "{\"status\":\"ok\"}";

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answers {\"status\":\"ok\"} without touching the database or any check")
    @APIResponse(responseCode = "200", description = "Up", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    public String ping() {
        return PONG;
    }
}
