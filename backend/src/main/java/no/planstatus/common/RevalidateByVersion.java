package no.planstatus.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public GET whose body is wholly determined by the resource's version, so If-None-Match may be answered
 * against its version ETag. Resources that embed others (a measure's current status, a goal's measures) must not
 * carry it: their version does not move when the embedded parts change.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RevalidateByVersion {
}
