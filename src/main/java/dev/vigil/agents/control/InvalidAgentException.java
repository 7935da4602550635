package dev.vigil.agents.control;

import dev.vigil.platform.ProblemException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** The definition names unknown skills or gives a skill parameters it cannot run with. */
public class InvalidAgentException extends ProblemException {

    public InvalidAgentException(List<String> errors) {
        super(
                Response.Status.BAD_REQUEST,
                "Invalid agent definition",
                "The agent definition has " + errors.size() + " error(s).",
                errors,
                Map.of());
    }
}
