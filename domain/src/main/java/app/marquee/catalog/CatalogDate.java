package app.marquee.catalog;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The date lies between {@link CatalogDates#EARLIEST} and {@link CatalogDates#LATEST}, both included.
 * Null is valid. The message names the two ends; CatalogValidationTests checks that it matches them.
 */
@Documented
@Constraint(validatedBy = CatalogDateValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface CatalogDate {

    String message() default "{catalog.date.range}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
