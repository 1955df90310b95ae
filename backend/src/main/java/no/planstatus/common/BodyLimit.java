package no.planstatus.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How large a request body this operation accepts, where it is not {@link #DEFAULT_BYTES}. Enforced before the body
 * is read and while it is read ({@link BodySizeLimit}, {@link BodySizeCounter}), and documented on its 413
 * ({@link ProblemResponsesFilter}). No limit is larger than the server's own ({@code quarkus.http.limits.max-body-size}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface BodyLimit {

    /** Any write without this annotation: far above the largest valid measure, report or party. */
    long DEFAULT_BYTES = 256 * 1024;

    /** As large as the server accepts at all ({@code quarkus.http.limits.max-body-size}). */
    long SERVER_MAXIMUM = Long.MAX_VALUE;

    /** The largest body accepted, in bytes. */
    long value();
}
