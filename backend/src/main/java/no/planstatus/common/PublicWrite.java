package no.planstatus.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a write anyone may send, signed in or not (signing in and out): the contract documents no security
 * requirement and no 401/403 of its own for it ({@link ProblemResponsesFilter}). Every other write needs a session
 * or a token.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface PublicWrite {
}
