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

/** One execution, with its steps, as recorded in the database. */
@RequestScoped
@Path("api/executions")
@Produces(MediaType.APPLICATION_JSON)
public class ExecutionsResource {

    static final String UUID = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";

    @Inject
    Executions executions;

    @GET
    @Path("{executionId}")
    public ExecutionView one(@PathParam("executionId") @Pattern(regexp = UUID, message = "must be an execution id (a UUID)") String executionId) {
        Execution execution = executions.find(executionId);
        return ExecutionView.of(execution, executions.steps(execution.id()));
    }
}
