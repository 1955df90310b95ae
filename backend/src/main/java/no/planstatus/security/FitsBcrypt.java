package no.planstatus.security;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;

/**
 * A password bcrypt can hash whole: at most {@link #MAX_BYTES} bytes in UTF-8. bcrypt ignores every byte after that,
 * so a longer password would let anything that starts with its first 72 bytes sign in. Æ, ø and å take two bytes.
 */
@Documented
@Constraint(validatedBy = FitsBcrypt.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface FitsBcrypt {

    int MAX_BYTES = 72;

    String message() default "kan ha høyst 72 byte (æ, ø, å og andre tegn utenfor a-z teller som to eller flere)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<FitsBcrypt, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || fits(value);
        }

        public static boolean fits(String password) {
            return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
        }
    }
}
