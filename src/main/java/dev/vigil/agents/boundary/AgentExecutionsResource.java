package dev.vigil.agents.boundary;

import dev.vigil.agents.control.Executions;
import dev.vigil.agents.entity.Execution;
import dev.vigil.agents.entity.ExecutionStatus;
import dev.vigil.platform.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Starting and listing the executions of one agent. */
@RequestScoped
@Path("api/agents/{id}/executions")
@Tag(name = "executions")
@Produces(MediaType.APPLICATION_JSON)
public class AgentExecutionsResource {

    @Inject
    Executions executions;

    @Inject
    @ConfigProperty(name = "vigil.executions.wait-timeout", defaultValue = "30000")
    long waitMillis;

    /** 202 and a Location to poll; with {@code ?wait=true}, 200 and the finished execution if it ends within the wait timeout. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Start an execution of the agent with an optional input; with wait=true, wait for it (bounded)")
    @APIResponse(
            responseCode = "202",
            description = "Accepted and recorded as pending; Location is the execution to poll",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ExecutionView.class)))
    @APIResponse(
            responseCode = "200",
            description = "wait=true: the execution ended within the wait timeout, with its steps",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ExecutionView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Response start(
            @PathParam("id") @Pattern(regexp = Slug.PATTERN, message = Slug.MESSAGE) String agentId,
            @QueryParam("wait") @DefaultValue("false") boolean wait,
            ExecutionRequest request,
            @Context UriInfo uri) {
        Execution execution = executions.start(
                agentId, request == null ? jakarta.json.JsonValue.EMPTY_JSON_OBJECT : request.inputOrEmpty());
        URI location = uri.getBaseUriBuilder()
                .path("api/executions")
                .path(execution.id())
                .build();
        if (wait) {
            Execution current = executions.await(execution.id(), Duration.ofMillis(waitMillis));
            if (current.status().isFinal()) {
                return Response.ok(view(current)).location(location).build();
            }
            execution = current;
        }
        return Response.accepted(ExecutionView.of(execution, null))
                .location(location)
                .build();
    }

    @GET
    @Operation(summary = "The agent's executions, newest first, optionally of one status")
    @APIResponse(
            responseCode = "200",
            description = "The executions (without steps)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ExecutionView[].class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public List<ExecutionView> ofAgent(
            @PathParam("id") @Pattern(regexp = Slug.PATTERN, message = Slug.MESSAGE) String agentId,
            @QueryParam("status") String status,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(200) int limit) {
        return executions.ofAgent(agentId, parse(status), limit).stream()
                .map(execution -> ExecutionView.of(execution, null))
                .toList();
    }

    private ExecutionView view(Execution execution) {
        return ExecutionView.of(execution, executions.steps(execution.id()));
    }

    private static Optional<ExecutionStatus> parse(String status) {
        if (status == null || status.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ExecutionStatus.fromWireName(status)
                .orElseThrow(() -> new ProblemException(
                        Response.Status.BAD_REQUEST,
                        "Invalid request",
                        "status: must be one of pending, running, succeeded, failed, timed_out, abandoned")));
    }
}
