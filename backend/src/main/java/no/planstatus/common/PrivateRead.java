package no.planstatus.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a read that answers for the caller (who is signed in), so it is never public: no revision ETag and no 304
 * ({@link HttpCaching}, {@link ProblemResponsesFilter}), never kept by the response cache ({@link PublicResponseCache})
 * and not readable by other sites ({@link PublicCors}). A read that needs a role is private anyway; this is for the
 * ones that need none.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface PrivateRead {
}
