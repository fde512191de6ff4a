package app.marquee.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpHeaders;

/**
 * One answer of the JSON API: the request it answers (for messages), status, headers, Content-Type
 * ("" when none) and the body as text.
 */
record ApiReply(String method, URI uri, int status, HttpHeaders headers, String contentType, String body) {

    /** The first value of a response header, or null. */
    String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    /** The body as JSON; a body that is not JSON fails the test. */
    Json json() {
        return Json.parse(body);
    }

    /** Asserts a response header's (first) value; returns this answer. */
    ApiReply assertHeader(String name, String expected) {
        assertThat(header(name)).as("%s of %s %s", name, method, uri).isEqualTo(expected);
        return this;
    }

    /** Asserts the status, showing the request and the body when it is another; returns this answer. */
    ApiReply assertStatus(int expected) {
        assertThat(status).as("status of %s %s: %s", method, uri, body).isEqualTo(expected);
        return this;
    }
}
