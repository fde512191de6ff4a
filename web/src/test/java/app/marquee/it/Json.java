package app.marquee.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A JSON document as the container tests read it, by path: {@code "title"}, {@code "stuntman.name"},
 * {@code "items[0].id"}, {@code "[1].id"} (an array at the top), and {@code ""} for the whole
 * document. A name read from an array is read from each of its elements (as in Groovy's GPath):
 * {@code "items.title"} is every item's title (null for an item without one). A path that leads
 * nowhere is absent ({@link #has}); one that leads to {@code null} is present and {@link #isNull}.
 */
final class Json {

    /** Looked up once: each of JSON-P's static factory methods looks the provider up again. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private final JsonValue root;

    private Json(JsonValue root) {
        this.root = root;
    }

    /** Parses a JSON text; a text that is not JSON fails the test, showing its beginning. */
    static Json parse(String text) {
        try {
            return new Json(read(text));
        } catch (JsonException | NoSuchElementException e) {
            throw new AssertionError("Not JSON (" + e.getMessage() + "): " + abbreviated(text), e);
        }
    }

    /** Parses a JSON text, or is empty when it is not JSON (for judging answers that may not be). */
    static Optional<Json> parseIfJson(String text) {
        try {
            return Optional.of(new Json(read(text)));
        } catch (JsonException | NoSuchElementException e) {
            return Optional.empty();
        }
    }

    /** One JSON value, and nothing after it but white space. */
    private static JsonValue read(String text) {
        try (JsonParser parser = JSON.createParser(new StringReader(text))) {
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) {
                throw new JsonParsingException("Text after the JSON value", parser.getLocation());
            }
            return value;
        }
    }

    /** The value at {@code path}: null when the path leads nowhere, {@link JsonValue#NULL} for a JSON null. */
    JsonValue value(String path) {
        JsonValue value = root;
        if (path.isEmpty()) {
            return value;
        }
        for (String step : path.split("\\.", -1)) {
            int bracket = step.indexOf('[');
            String name = bracket < 0 ? step : step.substring(0, bracket);
            if (!name.isEmpty()) {
                value = member(value, name);
            }
            while (bracket >= 0) {
                int close = step.indexOf(']', bracket);
                if (close < 0) {
                    throw new IllegalArgumentException("Unclosed [ in the path " + path);
                }
                value = element(value, Integer.parseInt(step.substring(bracket + 1, close)));
                bracket = step.indexOf('[', close);
            }
        }
        return value;
    }

    private static JsonValue member(JsonValue value, String name) {
        if (value instanceof JsonObject object) {
            return object.get(name);
        }
        if (value instanceof JsonArray array) {
            JsonArrayBuilder each = JSON.createArrayBuilder();
            for (JsonValue element : array) {
                JsonValue member = member(element, name);
                each.add(member == null ? JsonValue.NULL : member);
            }
            return each.build();
        }
        return null;
    }

    private static JsonValue element(JsonValue value, int index) {
        return value instanceof JsonArray array && index < array.size() ? array.get(index) : null;
    }

    /** Every string value of a member named {@code name}, at any depth, in the document's order. */
    List<String> stringsNamed(String name) {
        List<String> found = new ArrayList<>();
        collectStrings(root, name, found);
        return found;
    }

    private static void collectStrings(JsonValue value, String name, List<String> found) {
        if (value instanceof JsonObject object) {
            object.forEach((member, memberValue) -> {
                if (member.equals(name) && memberValue instanceof JsonString string) {
                    found.add(string.getString());
                }
                collectStrings(memberValue, name, found);
            });
        } else if (value instanceof JsonArray array) {
            array.forEach(element -> collectStrings(element, name, found));
        }
    }

    /** Whether the path leads to a value, null included. */
    boolean has(String path) {
        return value(path) != null;
    }

    /** Whether the path leads to a JSON null (false when it leads nowhere). */
    boolean isNull(String path) {
        return value(path) == JsonValue.NULL;
    }

    /** A string as it is, any other value as its JSON text; null when absent or null. */
    String string(String path) {
        JsonValue value = value(path);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }

    long longValue(String path) {
        return number(path).longValueExact();
    }

    int integer(String path) {
        return number(path).intValueExact();
    }

    boolean bool(String path) {
        JsonValue value = value(path);
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        throw new AssertionError("No true or false at " + describe(path, value));
    }

    private JsonNumber number(String path) {
        JsonValue value = value(path);
        if (value instanceof JsonNumber number) {
            return number;
        }
        throw new AssertionError("No number at " + describe(path, value));
    }

    /** The elements of the array at {@code path}, as Java values (see {@link #java}). */
    List<Object> list(String path) {
        return new ArrayList<>((List<?>) java(array(path)));
    }

    /** The elements of the array at {@code path}, each a string (null for a JSON null). */
    List<String> strings(String path) {
        return each(path).stream().map(e -> e.string("")).toList();
    }

    /** The elements of the array at {@code path}, each a whole number. */
    List<Long> longs(String path) {
        return each(path).stream().map(e -> e.longValue("")).toList();
    }

    /** The elements of the array at {@code path}, each to be read by its own paths. */
    List<Json> each(String path) {
        return array(path).stream().map(Json::new).toList();
    }

    /** The object at {@code path} as a map of Java values (see {@link #java}), in the document's order. */
    Map<String, Object> map(String path) {
        JsonValue value = value(path);
        if (!(value instanceof JsonObject object)) {
            throw new AssertionError("No object at " + describe(path, value));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) java(object);
        return map;
    }

    /** How many elements the array, or members the object, at {@code path} has. */
    int size(String path) {
        JsonValue value = value(path);
        if (value instanceof JsonArray array) {
            return array.size();
        }
        if (value instanceof JsonObject object) {
            return object.size();
        }
        throw new AssertionError("No array or object at " + describe(path, value));
    }

    private JsonArray array(String path) {
        JsonValue value = value(path);
        if (value instanceof JsonArray array) {
            return array;
        }
        throw new AssertionError("No array at " + describe(path, value));
    }

    /**
     * A JSON value as plain Java: String, Integer (or Long, or BigInteger, whichever holds a whole
     * number), BigDecimal, Boolean, null, List and Map; so that {@code containsEntry("version", 0)}
     * and {@code containsExactly(List.of("x"))} compare as they read.
     */
    static Object java(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonNumber number) {
            if (!number.isIntegral()) {
                return number.bigDecimalValue();
            }
            BigInteger whole = number.bigIntegerValueExact();
            if (whole.bitLength() < Integer.SIZE) {
                return whole.intValue();
            }
            return whole.bitLength() < Long.SIZE ? (Object) whole.longValue() : whole;
        }
        if (value instanceof JsonArray array) {
            List<Object> list = new ArrayList<>(array.size());
            array.forEach(element -> list.add(java(element)));
            return list;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        value.asJsonObject().forEach((name, member) -> map.put(name, java(member)));
        return map;
    }

    @Override
    public String toString() {
        return root.toString();
    }

    private String describe(String path, JsonValue value) {
        return "'" + path + "' (" + (value == null ? "nothing there" : value.toString()) + ") in "
                + abbreviated(root.toString());
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
