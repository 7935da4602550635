package dev.vigil.skills.boundary;

import dev.vigil.skills.control.SkillRegistry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@RequestScoped
@Path("api/skills")
@Produces(MediaType.APPLICATION_JSON)
public class SkillsResource {

    @Inject
    SkillRegistry registry;

    @GET
    public List<SkillDescription> all() {
        return registry.all().stream().map(SkillDescription::of).toList();
    }
}
