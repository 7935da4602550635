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

@RequestScoped
@Path("api/agents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgentsResource {

    @Inject
    AgentCatalog catalog;

    @POST
    public Response create(@NotNull @Valid AgentDocument document, @Context UriInfo uri) {
        if (document.id() == null) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "Invalid request", "id: must not be null");
        }
        Agent agent = catalog.create(document.id(), document.name(), document.description(), document.steps(), document.timeoutMs());
        return Response.created(uri.getAbsolutePathBuilder().path(agent.id()).build()).entity(AgentDocument.of(agent)).build();
    }

    @GET
    public List<AgentDocument> all() {
        return catalog.all().stream().map(AgentDocument::of).toList();
    }

    @GET
    @Path("{id}")
    public AgentDocument one(@PathParam("id") @Pattern(regexp = Slug.PATTERN, message = Slug.MESSAGE) String id) {
        return AgentDocument.of(catalog.find(id));
    }

    @PUT
    @Path("{id}")
    public AgentDocument replace(@PathParam("id") @Pattern(regexp = Slug.PATTERN, message = Slug.MESSAGE) String id,
                                 @NotNull @Valid AgentDocument document) {
        if (document.id() != null && !document.id().equals(id)) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "Invalid request",
                    "id in the body ('" + document.id() + "') differs from the id in the path ('" + id + "')");
        }
        return AgentDocument.of(catalog.replace(id, document.name(), document.description(), document.steps(), document.timeoutMs()));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") @Pattern(regexp = Slug.PATTERN, message = Slug.MESSAGE) String id) {
        catalog.delete(id);
        return Response.noContent().build();
    }
}
