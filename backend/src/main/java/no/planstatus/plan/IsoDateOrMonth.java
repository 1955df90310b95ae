package no.planstatus.plan;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * An ISO 8601 calendar date ("2021-05-26") or year-month ("2020-06"), as plans give their adoption: the original
 * often names only the month. Blank counts as absent.
 */
@Documented
@Constraint(validatedBy = IsoDateOrMonth.Validator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface IsoDateOrMonth {

    String message() default "må være en dato (ÅÅÅÅ-MM-DD) eller en måned (ÅÅÅÅ-MM)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<IsoDateOrMonth, String> {

        private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            String trimmed = value.trim();
            if (!SHAPE.matcher(trimmed).matches()) {
                return false;
            }
            try {
                if (trimmed.length() == 7) {
                    YearMonth.parse(trimmed);
                } else {
                    LocalDate.parse(trimmed);
                }
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }
}
