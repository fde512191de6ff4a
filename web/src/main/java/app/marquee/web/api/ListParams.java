package app.marquee.web.api;

import app.marquee.paging.PageRequest;
import app.marquee.web.i18n.Texts;
import app.marquee.web.pages.LocalDateConverter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a listing's query parameters. Unlike the pages, which clamp odd values, the API refuses them
 * with a 400 naming each bad parameter, so that a script learns about its mistake.
 */
final class ListParams {

    private final List<ApiFieldError> errors = new ArrayList<>();

    LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            // Four ASCII digits of year, as on the pages: "+999999999-12-31" is a LocalDate, but no database's.
            return LocalDateConverter.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new ApiFieldError(name, locale -> Texts.get(locale, "param.date")));
            return null;
        }
    }

    Long id(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        // ASCII digits only: Long.parseLong would also read Arabic-Indic or full-width digits.
        if (!value.strip().matches("[0-9]{1,18}")) {
            errors.add(new ApiFieldError(name, locale -> Texts.get(locale, "param.id")));
            return null;
        }
        return Long.parseLong(value.strip());
    }

    /** A sort by its URL name; a refusal lists the names of all the sort enum's values. */
    <S extends Enum<S>> S sort(
            String value, S fallback, Function<String, Optional<S>> fromParam, Function<S, String> param) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        Optional<S> sort = fromParam.apply(value.strip());
        if (sort.isEmpty()) {
            String choices = Arrays.stream(fallback.getDeclaringClass().getEnumConstants())
                    .map(param)
                    .collect(Collectors.joining(", "));
            errors.add(new ApiFieldError("sort", locale -> Texts.get(locale, "param.sort", choices)));
        }
        return sort.orElse(fallback);
    }

    PageRequest page(String page, String size) {
        int number = whole("page", page, 1, 1, Integer.MAX_VALUE);
        int pageSize = whole("size", size, PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE);
        return new PageRequest(number, pageSize);
    }

    /** Throws the 400 if any parameter was bad. */
    void check() {
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
    }

    private int whole(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        if (value.strip().matches("[0-9]{1,10}")) {
            long number = Long.parseLong(value.strip());
            if (number >= min && number <= max) {
                return (int) number;
            }
        }
        errors.add(new ApiFieldError(
                name,
                max == Integer.MAX_VALUE
                        ? locale -> Texts.get(locale, "param.whole.from", min)
                        : locale -> Texts.get(locale, "param.whole.range", min, max)));
        return fallback;
    }
}
