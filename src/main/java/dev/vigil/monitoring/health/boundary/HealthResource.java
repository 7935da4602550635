package dev.vigil.monitoring.health.boundary;

import dev.vigil.monitoring.health.control.HealthProbe;
import dev.vigil.monitoring.health.control.HealthReport;
import dev.vigil.monitoring.health.control.HealthSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
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
        boolean ietf = headers.getAcceptableMediaTypes().stream()
                .anyMatch(type -> type.isCompatible(MediaType.valueOf(HealthDocument.IETF)) && !type.isWildcardType());
        boolean full = switch (settings.details()) {
            case "always" -> true;
            case "never" -> false;
            default -> security.getUserPrincipal() != null && security.isUserInRole(settings.detailsRole());
        };
        return Response.status(report.up() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .type(ietf ? HealthDocument.IETF : MediaType.APPLICATION_JSON)
                .entity((ietf ? HealthDocument.ietf(report, full) : HealthDocument.microProfile(report, full)).toString())
                .cacheControl(cacheControl())
                .build();
    }

    private CacheControl cacheControl() {
        CacheControl cache = new CacheControl();
        long seconds = settings.cacheTtl().toSeconds();
        if (seconds == 0) {
            cache.setNoStore(true);
        } else {
            cache.setMaxAge((int) seconds);
        }
        cache.setPrivate(true);
        return cache;
    }
}
