package app.marquee.catalog;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;

/** Checks {@link CatalogDate}. Public because the validation provider creates it by reflection. */
public class CatalogDateValidator implements ConstraintValidator<CatalogDate, LocalDate> {

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
        return CatalogDates.allows(value);
    }
}
