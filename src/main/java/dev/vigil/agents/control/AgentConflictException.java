package dev.vigil.agents.control;

import dev.vigil.platform.ProblemException;
import jakarta.ws.rs.core.Response;

public class AgentConflictException extends ProblemException {

    public AgentConflictException(String detail) {
        super(Response.Status.CONFLICT, "Agent conflict", detail);
    }
}
