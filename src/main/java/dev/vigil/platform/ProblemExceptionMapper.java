package dev.vigil.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Override
    public Response toResponse(ProblemException problem) {
        Response.ResponseBuilder response =
                Problem.of(problem.status(), problem.title(), problem.getMessage(), problem.errors(), null);
        problem.headers().forEach(response::header);
        return response.build();
    }
}
