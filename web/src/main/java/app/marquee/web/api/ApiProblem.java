package app.marquee.web.api;

import app.marquee.web.errors.ErrorReply.FieldError;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;

/**
 * A client mistake the API answers with a problem document of its own (bad input with its field
 * errors, a failed precondition); {@link ApiProblemMapper} turns it into the response.
 */
final class ApiProblem extends RuntimeException {

    static final String INVALID_INPUT = "urn:marquee:problem:invalid-input";
    static final String MALFORMED_JSON = "urn:marquee:problem:malformed-json";
    static final String STALE_VERSION = "urn:marquee:problem:stale-version";

    final String type;
    final Response.StatusType status;
    final String title;
    final List<FieldError> fieldErrors;

    ApiProblem(String type, Response.StatusType status, String title, String detail, List<FieldError> fieldErrors) {
        super(detail, null, false, false);
        this.type = type;
        this.status = status;
        this.title = title;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    static ApiProblem invalid(List<FieldError> fieldErrors) {
        return new ApiProblem(INVALID_INPUT, Status.BAD_REQUEST, "Invalid input", fieldErrors.size() == 1
                ? "One value is not valid; nothing was changed."
                : fieldErrors.size() + " values are not valid; nothing was changed.", fieldErrors);
    }

    static ApiProblem malformed(String detail) {
        return new ApiProblem(MALFORMED_JSON, Status.BAD_REQUEST, "Malformed JSON", detail, List.of());
    }

    static ApiProblem preconditionFailed(String kind, long id) {
        return new ApiProblem(STALE_VERSION, Status.PRECONDITION_FAILED, "Precondition failed", "The " + kind
                + " " + id + " has changed since the version in If-Match. Nothing was saved; GET it again for"
                + " the current version and ETag.", List.of());
    }
}
