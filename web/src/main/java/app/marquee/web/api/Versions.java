package app.marquee.web.api;

import app.marquee.persistence.StaleEditException;
import app.marquee.web.i18n.Texts;
import jakarta.ws.rs.core.EntityTag;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optimistic locking over HTTP. A movie's, actor's, contact's or stuntman's ETag is its version, {@code "3"}; a PUT names the
 * version it is based on either in its body ({@code "version": 3}; stale: 409) or as
 * {@code If-Match: "3"} (stale: 412). {@code If-Match: *} means "whatever the current version is".
 */
final class Versions {

    private static final Pattern STRONG_TAG = Pattern.compile("\"(\\d{1,18})\"");

    private Versions() {}

    static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version a PUT is based on.
     *
     * @param current reads the stored version, for {@code If-Match: *}
     */
    static long expected(String ifMatch, Long bodyVersion, LongSupplier current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            if (bodyVersion == null) {
                throw ApiProblem.invalid(
                        List.of(new ApiFieldError("version", locale -> Texts.get(locale, "version.required"))));
            }
            return bodyVersion;
        }
        String tag = ifMatch.strip();
        if (tag.equals("*")) {
            return bodyVersion != null ? bodyVersion : current.getAsLong();
        }
        Matcher matcher = STRONG_TAG.matcher(tag);
        if (!matcher.matches()) {
            throw ApiProblem.invalid(
                    List.of(new ApiFieldError("If-Match", locale -> Texts.get(locale, "version.ifMatch"))));
        }
        long version = Long.parseLong(matcher.group(1));
        if (bodyVersion != null && bodyVersion != version) {
            throw ApiProblem.invalid(
                    List.of(new ApiFieldError("version", locale -> Texts.get(locale, "version.disagree"))));
        }
        return version;
    }

    /**
     * As {@link #expected}, but a PUT with neither a version nor an If-Match header (or with
     * {@code If-Match: *}) is unconditional: it is based on whatever is stored. Contacts and stuntmen
     * accepted such PUTs before they had versions, and still do.
     *
     * @param current the stored version; null when there is nothing stored (an actor without stuntman)
     */
    static Long expectedOrCurrent(String ifMatch, Long bodyVersion, Supplier<Long> current) {
        boolean anyMatch =
                ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*");
        if (anyMatch && bodyVersion == null) {
            return current.get();
        }
        return expected(ifMatch, bodyVersion, () -> current.get());
    }

    /**
     * The version a DELETE is based on: the one in {@code If-Match}, or null (delete whatever is
     * stored) without the header or with {@code If-Match: *}.
     */
    static Long deleting(String ifMatch) {
        return conditional(ifMatch) ? expected(ifMatch, null, () -> 0L) : null;
    }

    /**
     * Runs a write based on a version from {@link #expected}, {@link #expectedOrCurrent} or
     * {@link #deleting}. If that version is stale, the refusal says where it came from: 412 for
     * {@code If-Match}, otherwise the 409 of the {@link StaleEditException}.
     *
     * @param kind what the record is, for the 412's detail, e.g. "movie"
     * @param id the record's id, for the 412's detail
     */
    static <T> T write(String ifMatch, String kind, long id, Supplier<T> write) {
        try {
            return write.get();
        } catch (StaleEditException stale) {
            if (conditional(ifMatch)) {
                throw ApiProblem.preconditionFailed(kind, id);
            }
            throw stale;
        }
    }

    private static boolean conditional(String ifMatch) {
        return ifMatch != null && !ifMatch.isBlank() && !ifMatch.strip().equals("*");
    }
}
