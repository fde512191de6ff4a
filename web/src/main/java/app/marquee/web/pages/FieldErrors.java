package app.marquee.web.pages;

import jakarta.mvc.binding.BindingResult;
import jakarta.mvc.binding.ParamError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The messages of a submitted form, by field name, for the shared field fragment
 * ({@code fragments/field.html}) to show beside each input. Plain Thymeleaf has no {@code #fields},
 * so a form's template reads this map as {@code errors}.
 */
public final class FieldErrors {

    private final Map<String, List<String>> byField = new LinkedHashMap<>();
    private final Set<String> unreadable = new HashSet<>();

    public static FieldErrors none() {
        return new FieldErrors();
    }

    /** The binding failures Jakarta MVC recorded (e.g. an impossible date), in a stable order. */
    public static FieldErrors of(BindingResult binding) {
        FieldErrors errors = new FieldErrors();
        binding.getAllErrors().stream()
                .sorted(Comparator.comparing(ParamError::getParamName).thenComparing(ParamError::getMessage))
                .forEach(e -> {
                    errors.add(e.getParamName(), e.getMessage());
                    errors.unreadable.add(e.getParamName());
                });
        return errors;
    }

    public FieldErrors add(String field, String message) {
        byField.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
        return this;
    }

    /**
     * Checks {@code value} against the Bean Validation rules of an entity property, so a form and
     * the entity share one set of rules and messages, and files the messages under {@code field}.
     * A field that already failed to bind is not checked again.
     */
    public <T> FieldErrors validate(Validator validator, Class<T> entity, String property, Object value, String field) {
        if (!has(field)) {
            validator.validateValue(entity, property, value).stream()
                    .map(ConstraintViolation::getMessage)
                    .sorted()
                    .forEach(message -> add(field, message));
        }
        return this;
    }

    /**
     * Whether the field's value could not even be read (e.g. 1995-02-30 for a date): the form then
     * shows it in a plain text input, because a date input would silently drop it.
     */
    public boolean isUnreadable(String field) {
        return unreadable.contains(field);
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The messages of one field, joined; empty when the field is fine. */
    public String get(String field) {
        return String.join(" ", byField.getOrDefault(field, List.of()));
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public int count() {
        return byField.size();
    }

    @Override
    public String toString() {
        return byField.toString();
    }
}
