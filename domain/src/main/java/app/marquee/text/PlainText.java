package app.marquee.text;

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
 * The text is one plain line: no control characters (including tab and line breaks), no
 * text-direction controls and no unpaired surrogates (see {@link Text#isPlain}). Null is valid.
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface PlainText {

    String message() default "{text.plain}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
