package dev.vigil.platform;

import dev.vigil.agents.boundary.AgentExecutionsResource;
import dev.vigil.agents.boundary.AgentsResource;
import dev.vigil.agents.boundary.ExecutionsResource;
import dev.vigil.skills.boundary.SkillsResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The agent API at {@code /api}. Its classes are listed because the WAR holds a second JAX-RS
 * application (health, at {@code /health}): without the list, each would serve the other's resources.
 */
@ApplicationPath("api")
public class VigilApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                AgentsResource.class, AgentExecutionsResource.class, ExecutionsResource.class, SkillsResource.class,
                JsonbConfiguration.class, BodySizeLimit.class,
                ProblemExceptionMapper.class, WebApplicationExceptionMapper.class, UnreadableBodyMapper.class,
                JsonbExceptionMapper.class, ConstraintViolationMapper.class, UnexpectedErrorMapper.class);
    }
}
