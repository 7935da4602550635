package dev.vigil.agents.boundary;

import dev.vigil.agents.control.AgentCatalog;
import dev.vigil.agents.entity.Agent;
import dev.vigil.platform.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("api/agents")
@Tag(name = "agents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgentsResource {

    @Inject
    AgentCatalog catalog;

    @POST
    @Operation(summary = "Create an agent: a pipeline of skill steps, validated as a whole (every error at once)")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the agent",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AgentDocument.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response create(@NotNull @Valid AgentDocument document, @Context UriInfo uri) {
        if (document.id() == null) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "Invalid request", "id: must not be null");
        }
        Agent agent = catalog.create(
                document.id(), document.name(), document.description(), document.steps(), document.timeoutMs());
        return Response.created(uri.getAbsolutePathBuilder().path(agent.id()).build())
                .entity(AgentDocument.of(agent))
                .build();
    }

    @GET
    @Operation(summary = "Every agent")
    @APIResponse(
            responseCode = "200",
            description = "The agents",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AgentDocument[].class)))
    public List<AgentDocument> all() {
        return catalog.all().stream().map(AgentDocument::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One agent")
    @APIResponse(
            responseCode = "200",
            description = "The agent",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AgentDocument.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public AgentDocument one(@PathParam("id") @Pattern(regexp = Slug.PATTERN, message = Slug.MESSAGE) String id) {
        return AgentDocument.of(catalog.find(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace an agent's name, description, steps and timeout; its executions keep their history")
    @APIResponse(
            responseCode = "200",
            description = "The agent as stored",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AgentDocument.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public AgentDocument replace(
            @PathParam("id") @Pattern(regexp = Slug.PATTERN, message = Slug.MESSAGE) String id,
            @NotNull @Valid AgentDocument document) {
        if (document.id() != null && !document.id().equals(id)) {
            throw new ProblemException(
                    Response.Status.BAD_REQUEST,
                    "Invalid request",
                    "id in the body ('" + document.id() + "') differs from the id in the path ('" + id + "')");
        }
        return AgentDocument.of(
                catalog.replace(id, document.name(), document.description(), document.steps(), document.timeoutMs()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an agent; its executions stay on record")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response delete(@PathParam("id") @Pattern(regexp = Slug.PATTERN, message = Slug.MESSAGE) String id) {
        catalog.delete(id);
        return Response.noContent().build();
    }
}
