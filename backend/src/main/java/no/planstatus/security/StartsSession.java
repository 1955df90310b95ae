package no.planstatus.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the write that starts a session (signing in). It cannot carry the CSRF token of a session it has yet to
 * create, so {@link CredentialFilter} does not ask for one, even when the browser still sends an older session
 * cookie.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface StartsSession {
}
