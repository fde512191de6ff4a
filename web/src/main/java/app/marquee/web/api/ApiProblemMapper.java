package app.marquee.web.api;

import app.marquee.web.errors.ErrorReply;
import app.marquee.web.i18n.Languages;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** Answers an {@link ApiProblem} with its problem document, in the language of Accept-Language. */
@Provider
public class ApiProblemMapper implements ExceptionMapper<ApiProblem> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ApiProblem problem) {
        return answer(problem, Languages.firstSupported(headers.getAcceptableLanguages()));
    }

    static Response answer(ApiProblem problem, Locale locale) {
        return ErrorReply.problem(
                        problem.type,
                        problem.status,
                        problem.title.apply(locale),
                        problem.detail.apply(locale),
                        problem.fieldErrors(locale))
                .build();
    }
}
