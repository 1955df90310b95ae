package no.planstatus.security;

import java.util.Optional;

/**
 * How the mechanism learns whose bearer token it is. The token feature implements it, so the mechanism never knows
 * the token table or its entity.
 */
public interface BearerTokens {

    /**
     * The caller for the token with this SHA-256 hash when it exists and is not revoked, recording that it was used;
     * empty otherwise (the request is then a 401).
     */
    Optional<KnownCaller> activeToken(String tokenHash);
}
