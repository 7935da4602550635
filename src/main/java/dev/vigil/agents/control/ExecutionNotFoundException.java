package dev.vigil.agents.control;

import dev.vigil.platform.ProblemException;
import jakarta.ws.rs.core.Response;

public class ExecutionNotFoundException extends ProblemException {

    public ExecutionNotFoundException(String id) {
        super(Response.Status.NOT_FOUND, "Execution not found", "There is no execution with id '" + id + "'.");
    }
}
