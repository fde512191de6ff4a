package app.marquee.web.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A shareable GET address of a listing, e.g. {@code /movies?q=bourne&sort=-releaseDate&page=2}.
 * Immutable: each change gives a new link, so one listing's state yields the links for its other
 * pages, sorts and removable filters. Parameters are URL-encoded; templates pass the result through
 * {@code @{...}}, which adds the context path.
 */
public final class ListLink {

    private final String path;
    private final Map<String, String> params;

    private ListLink(String path, Map<String, String> params) {
        this.path = path;
        this.params = params;
    }

    public static ListLink to(String path) {
        return new ListLink(path, Map.of());
    }

    /** The link with {@code name} set to {@code value}; a null or blank value removes the parameter. */
    public ListLink with(String name, Object value) {
        Map<String, String> copy = new LinkedHashMap<>(params);
        String text = value == null ? null : value.toString();
        if (text == null || text.isBlank()) {
            copy.remove(name);
        } else {
            copy.put(name, text);
        }
        return new ListLink(path, copy);
    }

    public ListLink without(String name) {
        return with(name, null);
    }

    @Override
    public String toString() {
        if (params.isEmpty()) {
            return path;
        }
        return path + "?"
                + params.entrySet().stream()
                        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                        .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
