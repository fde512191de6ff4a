package app.marquee.web.ops;

import java.util.UUID;
import java.util.regex.Pattern;

/** Request ids: the caller's when it is safe to log and to send back, else a new one. */
final class RequestIds {

    // Letters, digits and a few separators, as proxies and tracing tools generate them: nothing that
    // could forge a log line or a response header.
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestIds() {}

    static String accept(String fromCaller) {
        if (fromCaller != null && ACCEPTED.matcher(fromCaller).matches()) {
            return fromCaller;
        }
        return UUID.randomUUID().toString();
    }
}
