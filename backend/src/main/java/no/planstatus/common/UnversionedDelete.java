package no.planstatus.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the delete of a resource that is never edited (a token, a webhook): it has no version to lose, so it needs
 * no If-Match and the contract documents no 412/428 for it ({@link ProblemResponsesFilter}). Every other DELETE, and
 * every PUT, needs If-Match ({@link Versions#requireMatch}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface UnversionedDelete {
}
