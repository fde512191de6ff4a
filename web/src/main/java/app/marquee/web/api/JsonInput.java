package app.marquee.web.api;

import app.marquee.text.Text;
import app.marquee.web.i18n.Texts;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Binds a JSON request body to an input record, one field at a time, collecting a message per bad
 * field: not JSON at all, not an object, an unknown field, a value of the wrong type, a date that is
 * not a real ISO-8601 date. {@link #validated} then adds the input record's Bean Validation messages
 * and throws one {@link ApiProblem} listing them all.
 *
 * <p>JSON-B could bind the records directly, but its failures name neither the field nor the reason
 * in a form fit to show, and Jersey would answer them with a 500.
 */
final class JsonInput {

    private final JsonObject json;
    private final List<ApiFieldError> errors = new ArrayList<>();
    private final Set<String> failed = new LinkedHashSet<>();

    private JsonInput(JsonObject json) {
        this.json = json;
    }

    /** Parses the body, which must be a JSON object with no fields but {@code allowed}. */
    static JsonInput parse(String body, Set<String> allowed) {
        if (body == null || body.isBlank()) {
            throw ApiProblem.malformed(locale -> Texts.get(locale, "json.empty"));
        }
        JsonObject object;
        try (JsonParser parser = Json.createParser(new StringReader(body))) {
            if (parser.next() != JsonParser.Event.START_OBJECT) {
                throw ApiProblem.malformed(locale -> Texts.get(locale, "json.notObject"));
            }
            object = parser.getObject();
            if (parser.hasNext()) { // a JsonReader would silently ignore anything after the object
                throw ApiProblem.malformed(locale -> Texts.get(locale, "json.trailing"));
            }
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            throw ApiProblem.malformed(
                    at == null
                            ? locale -> Texts.get(locale, "json.invalid")
                            : locale -> Texts.get(locale, "json.invalidAt", at.getLineNumber(), at.getColumnNumber()));
        } catch (ApiProblem problem) {
            throw problem;
        } catch (RuntimeException e) {
            // JsonException, NoSuchElementException, and the plain RuntimeException Parsson throws for
            // input nested more than 1,000 levels deep: all mean the client sent something unparseable.
            throw ApiProblem.malformed(locale -> Texts.get(locale, "json.tooDeep"));
        }
        JsonInput input = new JsonInput(object);
        for (String name : new TreeSet<>(object.keySet())) {
            if (!allowed.contains(name) && !name.equals("id")) {
                String accepted = String.join(", ", new TreeSet<>(allowed));
                input.fail(name, locale -> Texts.get(locale, "json.unknownField", accepted));
            }
        }
        return input;
    }

    boolean has(String name) {
        return json.containsKey(name) && json.get(name) != JsonValue.NULL;
    }

    /** The text of a string field, normalised as the entities store it; null when absent or null. */
    String string(String name) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString text) {
            return Text.normalize(text.getString());
        }
        fail(name, locale -> Texts.get(locale, "json.string"));
        return null;
    }

    /** An ISO-8601 calendar date such as 2015-04-02; null when absent or null. */
    LocalDate date(String name) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString text) {
            try {
                return LocalDate.parse(text.getString());
            } catch (DateTimeParseException e) {
                fail(name, locale -> Texts.get(locale, "json.date.real"));
                return null;
            }
        }
        fail(name, locale -> Texts.get(locale, "json.date.string"));
        return null;
    }

    /** A whole number; null when absent or null. */
    Long integer(String name) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        Long number = value instanceof JsonNumber n ? wholeNumber(n) : null;
        if (number == null) {
            fail(name, locale -> Texts.get(locale, "json.whole"));
        }
        return number;
    }

    Boolean bool(String name) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        fail(name, locale -> Texts.get(locale, "json.boolean"));
        return null;
    }

    /** An array of at most {@code max} ids (whole numbers); null when absent or null. */
    Set<Long> ids(String name, int max) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            if (value.asJsonArray().size() > max) {
                fail(name, locale -> Texts.get(locale, "json.ids.tooMany", max));
                return null;
            }
            Set<Long> ids = new LinkedHashSet<>();
            for (JsonValue item : value.asJsonArray()) {
                Long id = item instanceof JsonNumber n ? wholeNumber(n) : null;
                if (id == null) {
                    fail(name, locale -> Texts.get(locale, "json.ids"));
                    return null;
                }
                ids.add(id);
            }
            return ids;
        }
        fail(name, locale -> Texts.get(locale, "json.ids"));
        return null;
    }

    /** Adds the record's Bean Validation messages (except for fields that already failed) and throws if any. */
    <T> T validated(T input, Validator validator) {
        validator.validate(input).stream()
                .sorted(Comparator.comparing((ConstraintViolation<T> v) ->
                                v.getPropertyPath().toString())
                        .thenComparing(ConstraintViolation::getMessage))
                .filter(v -> !failed.contains(v.getPropertyPath().toString()))
                .forEach(v -> fail(v.getPropertyPath().toString(), v.getMessage()));
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return input;
    }

    /** A message already in the request's language (Bean Validation's, from a validator for that language). */
    void fail(String field, String message) {
        fail(field, locale -> message);
    }

    void fail(String field, Function<Locale, String> message) {
        failed.add(field);
        errors.add(new ApiFieldError(field, message));
    }

    private static Long wholeNumber(JsonNumber number) {
        BigDecimal value = number.bigDecimalValue();
        if (value.scale() < -18 || value.scale() > 18) {
            return null; // exponents beyond any long: refuse before computing with them
        }
        try {
            return value.longValueExact();
        } catch (ArithmeticException notWholeOrTooLarge) {
            return null;
        }
    }
}
