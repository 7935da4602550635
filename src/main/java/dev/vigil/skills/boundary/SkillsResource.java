package dev.vigil.skills.boundary;

import dev.vigil.skills.control.SkillRegistry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("api/skills")
@Tag(name = "skills")
@Produces(MediaType.APPLICATION_JSON)
public class SkillsResource {

    @Inject
    SkillRegistry registry;

    @GET
    @Operation(summary = "Every skill agents can use as a step, with its parameters")
    @APIResponse(
            responseCode = "200",
            description = "The skills",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SkillDescription[].class)))
    public List<SkillDescription> all() {
        return registry.all().stream().map(SkillDescription::of).toList();
    }
}
