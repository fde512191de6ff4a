package app.marquee.web.api;

import app.marquee.web.errors.ErrorReply;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers an {@link ApiProblem} with its problem document. */
@Provider
public class ApiProblemMapper implements ExceptionMapper<ApiProblem> {

    @Override
    public Response toResponse(ApiProblem problem) {
        return ErrorReply.problem(problem.type, problem.status, problem.title, problem.getMessage(),
                problem.fieldErrors).build();
    }
}
