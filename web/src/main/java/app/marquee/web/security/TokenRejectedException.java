package app.marquee.web.security;

import app.marquee.web.i18n.Languages;
import java.util.Locale;
import java.util.function.Function;

/** A bearer token, or the header carrying it, was not accepted; says why. */
final class TokenRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Refusal refusal;
    private final transient Function<Locale, String> detail;

    /** @param detail the explanation in a language: English in the message, the request's in the problem */
    TokenRejectedException(Refusal refusal, Function<Locale, String> detail) {
        super(detail.apply(Languages.DEFAULT), null, false, false);
        this.refusal = refusal;
        this.detail = detail;
    }

    Refusal refusal() {
        return refusal;
    }

    /** The explanation for the client; never exception text from a library. */
    String detail() {
        return getMessage();
    }

    /** The explanation in this language. */
    String detail(Locale locale) {
        return detail.apply(locale);
    }
}
