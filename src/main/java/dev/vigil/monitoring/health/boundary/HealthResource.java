package dev.vigil.monitoring.health.boundary;

import dev.vigil.monitoring.health.control.HealthProbe;
import dev.vigil.monitoring.health.control.HealthReport;
import dev.vigil.monitoring.health.control.HealthSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("health")
@Tag(name = "health", description = "MicroProfile Health probes for Kubernetes, ECS and load balancers")
@Produces({MediaType.APPLICATION_JSON, HealthDocument.IETF})
public class HealthResource {

    @Inject
    HealthProbe probe;

    @Inject
    HealthSettings settings;

    @Context
    HttpHeaders headers;

    @Context
    SecurityContext security;

    /** Every check. */
    @GET
    @Operation(summary = "All health checks: liveness, readiness and startup")
    @APIResponse(responseCode = "200", description = "Every check is UP")
    @APIResponse(responseCode = "503", description = "At least one check is DOWN; the failing checks are listed")
    public Response all() {
        return respond(probe.reportAll());
    }

    /** The process is alive: no dependency is checked here, so a dead database never gets a pod restarted. */
    @GET
    @Path("live")
    @Operation(summary = "Liveness: the process is alive (no dependency checks)")
    @APIResponse(responseCode = "200", description = "The process is alive")
    @APIResponse(responseCode = "503", description = "Not so; the failing checks are listed")
    public Response live() {
        return respond(probe.report(HealthProbe.Kind.LIVENESS));
    }

    /** The instance can take traffic: its database answers within the deadline and the disk has room. */
    @GET
    @Path("ready")
    @Operation(summary = "Readiness: the database answers within its deadline and the disk has room")
    @APIResponse(responseCode = "200", description = "The instance can take traffic")
    @APIResponse(responseCode = "503", description = "Not so; the failing checks are listed")
    public Response ready() {
        return respond(probe.report(HealthProbe.Kind.READINESS));
    }

    /** Startup work is done: migrations applied, runtime initialised, abandoned executions recovered. */
    @GET
    @Path("started")
    @Operation(summary = "Startup: migrations applied, runtime initialised, abandoned executions recovered")
    @APIResponse(responseCode = "200", description = "Startup work is done")
    @APIResponse(responseCode = "503", description = "Not yet; the failing checks are listed")
    public Response started() {
        return respond(probe.report(HealthProbe.Kind.STARTUP));
    }

    private Response respond(HealthReport report) {
        String accept = headers.getHeaderString(HttpHeaders.ACCEPT);
        boolean ietf = accept != null && accept.contains(HealthDocument.IETF);
        boolean full = fullDetails();
        return Response.status(report.up() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .type(ietf ? HealthDocument.IETF_TYPE : MediaType.APPLICATION_JSON_TYPE)
                .entity((ietf ? HealthDocument.ietf(report, full) : HealthDocument.microProfile(report, full))
                        .toString())
                .header(HttpHeaders.CACHE_CONTROL, cacheControl())
                .build();
    }

    /** Anonymous probes, the hot path, never reach the security runtime. */
    private boolean fullDetails() {
        return switch (settings.details()) {
            case "always" -> true;
            case "never" -> false;
            default ->
                headers.getHeaderString(HttpHeaders.AUTHORIZATION) != null
                        && security.getUserPrincipal() != null
                        && security.isUserInRole(settings.detailsRole());
        };
    }

    /** Private: the body depends on who asks. */
    private String cacheControl() {
        long seconds = settings.cacheTtl().toSeconds();
        return seconds == 0 ? "no-store" : "private, max-age=" + seconds;
    }
}
