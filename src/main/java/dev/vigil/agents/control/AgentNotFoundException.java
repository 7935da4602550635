package dev.vigil.agents.control;

import dev.vigil.platform.ProblemException;
import jakarta.ws.rs.core.Response;

public class AgentNotFoundException extends ProblemException {

    public AgentNotFoundException(String id) {
        super(Response.Status.NOT_FOUND, "Agent not found", "There is no agent with id '" + id + "'.");
    }
}
