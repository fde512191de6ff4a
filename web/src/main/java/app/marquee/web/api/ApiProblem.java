package app.marquee.web.api;

import app.marquee.web.errors.ErrorReply.FieldError;
import app.marquee.web.i18n.Languages;
import app.marquee.web.i18n.Texts;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A client mistake the API answers with a problem document of its own (bad input with its field
 * errors, a failed precondition); {@link ApiProblemMapper} turns it into the response, in the
 * language of the request. Its message is the detail in English.
 */
final class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    static final String INVALID_INPUT = "urn:marquee:problem:invalid-input";
    static final String MALFORMED_JSON = "urn:marquee:problem:malformed-json";
    static final String STALE_VERSION = "urn:marquee:problem:stale-version";

    final String type;
    final Response.StatusType status;
    final transient Function<Locale, String> title;
    final transient Function<Locale, String> detail;
    final transient List<ApiFieldError> fieldErrors;

    ApiProblem(
            String type,
            Response.StatusType status,
            Function<Locale, String> title,
            Function<Locale, String> detail,
            List<ApiFieldError> fieldErrors) {
        super(detail.apply(Languages.DEFAULT), null, false, false);
        this.type = type;
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    /** The field errors in this language. */
    List<FieldError> fieldErrors(Locale locale) {
        return fieldErrors.stream().map(e -> e.in(locale)).toList();
    }

    static ApiProblem invalid(List<ApiFieldError> fieldErrors) {
        int count = fieldErrors.size();
        return new ApiProblem(
                INVALID_INPUT,
                Status.BAD_REQUEST,
                locale -> Texts.get(locale, "api.invalid.title"),
                count == 1
                        ? locale -> Texts.get(locale, "api.invalid.one")
                        : locale -> Texts.get(locale, "api.invalid.many", count),
                fieldErrors);
    }

    static ApiProblem malformed(Function<Locale, String> detail) {
        return new ApiProblem(
                MALFORMED_JSON,
                Status.BAD_REQUEST,
                locale -> Texts.get(locale, "api.malformed.title"),
                detail,
                List.of());
    }

    /** @param kind what was written, for the detail: movie, actor, contact, stuntman */
    static ApiProblem preconditionFailed(String kind, long id) {
        String ids = String.valueOf(id);
        Function<Locale, String> detail = switch (kind) {
            case "movie" -> locale -> Texts.get(locale, "api.stale.movie", ids);
            case "actor" -> locale -> Texts.get(locale, "api.stale.actor", ids);
            case "contact" -> locale -> Texts.get(locale, "api.stale.contact", ids);
            case "stuntman of actor" -> locale -> Texts.get(locale, "api.stale.stuntman", ids);
            default -> locale -> Texts.get(locale, "api.stale.other", kind, ids);
        };
        return new ApiProblem(
                STALE_VERSION,
                Status.PRECONDITION_FAILED,
                locale -> Texts.get(locale, "api.stale.title"),
                detail,
                List.of());
    }
}
