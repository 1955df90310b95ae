package no.planstatus.common;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * A plausible e-mail address: one {@code @}, a local part without spaces, quotes or the characters that separate
 * addresses in a header, and a domain of at least two labels ({@code kommune.no}). Stricter than RFC 5322 on
 * purpose: what passes is an address reminders can be sent to as it stands, and no header can be smuggled in. Blank
 * means "no address" and passes; {@link Validator#normalize} stores it as null. Length is checked separately (at most
 * {@link #MAX_LENGTH}, the column's width).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EmailAddress.Validator.class)
public @interface EmailAddress {

    /** The longest address stored (64 for the local part, 255 for the domain, and the @). */
    int MAX_LENGTH = 320;

    String message() default "må være en gyldig e-postadresse, for eksempel kari.nordmann@kommune.no";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<EmailAddress, String> {

        private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?";
        private static final Pattern PLAUSIBLE = Pattern.compile(
                "[^\\s@<>()\\[\\],;:\"\\\\]{1,64}@" + LABEL + "(?:\\." + LABEL + ")+");

        /** The address as stored: trimmed, or null when blank. */
        public static String normalize(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || PLAUSIBLE.matcher(value.strip()).matches();
        }
    }
}
