package dev.vigil.agents.boundary;

import dev.vigil.agents.control.Executions;
import dev.vigil.agents.entity.Execution;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One execution, with its steps, as recorded in the database. */
@RequestScoped
@Path("api/executions")
@Tag(name = "executions")
@Produces(MediaType.APPLICATION_JSON)
public class ExecutionsResource {

    static final String UUID = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";

    @Inject
    Executions executions;

    @GET
    @Path("{executionId}")
    @Operation(summary = "One execution with its steps: status, input, output or error, timings")
    @APIResponse(
            responseCode = "200",
            description = "The execution",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ExecutionView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ExecutionView one(
            @PathParam("executionId") @Pattern(regexp = UUID, message = "must be an execution id (a UUID)")
                    String executionId) {
        Execution execution = executions.find(executionId);
        return ExecutionView.of(execution, executions.steps(execution.id()));
    }
}
