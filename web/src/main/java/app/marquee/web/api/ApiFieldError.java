package app.marquee.web.api;

import app.marquee.web.errors.ErrorReply.FieldError;
import java.util.Locale;
import java.util.function.Function;

/**
 * One invalid field of a request, its message in any language: the problem document is written in
 * the language of the request's Accept-Language ({@link ApiProblemMapper}).
 */
record ApiFieldError(String field, Function<Locale, String> message) {

    /** A message already in the request's language (a Bean Validation message, say). */
    static ApiFieldError fixed(String field, String message) {
        return new ApiFieldError(field, locale -> message);
    }

    FieldError in(Locale locale) {
        return new FieldError(field, message.apply(locale));
    }
}
