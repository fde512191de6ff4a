package app.marquee.web.security;

/** A bearer token, or the header carrying it, was not accepted; says why. */
final class TokenRejectedException extends Exception {

    private final Refusal refusal;

    TokenRejectedException(Refusal refusal, String detail) {
        super(detail, null, false, false);
        this.refusal = refusal;
    }

    Refusal refusal() {
        return refusal;
    }

    /** The explanation for the client; never exception text from a library. */
    String detail() {
        return getMessage();
    }
}
