package dev.vigil.monitoring.metrics.boundary;

import dev.vigil.monitoring.metrics.control.PrometheusExposition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /health/metrics}: the application's metrics for Prometheus, without credentials. */
@ApplicationScoped
@Path("health/metrics")
@Tag(name = "metrics", description = "Prometheus exposition of Vigil's application metrics")
public class MetricsResource {

    @Inject
    PrometheusExposition exposition;

    @GET
    @Operation(
            summary = "Application metrics in Prometheus text format 0.0.4, or OpenMetrics when the Accept header asks")
    @APIResponse(responseCode = "200", description = "The metrics")
    public Response metrics(@HeaderParam(HttpHeaders.ACCEPT) String accept) {
        PrometheusExposition.Exposition rendered = exposition.render(accept);
        return Response.ok(rendered.body())
                .header(HttpHeaders.CONTENT_TYPE, rendered.contentType())
                .build();
    }
}
