package no.planstatus.token;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import no.planstatus.security.Actor;
import no.planstatus.security.BearerTokens;
import no.planstatus.security.KnownCaller;

/** Tells the authentication mechanism whose bearer token it is, and records when a token was last used. */
@ApplicationScoped
public class TokenCredentials implements BearerTokens {

    @Override
    public Optional<KnownCaller> activeToken(String tokenHash) {
        return ApiToken.findActiveByHash(tokenHash).map(token -> {
            Instant now = Instant.now();
            // Record use at most once a minute so busy integrations do not write on every request.
            if (token.lastUsedAt == null || token.lastUsedAt.isBefore(now.minus(1, ChronoUnit.MINUTES))) {
                token.lastUsedAt = now;
            }
            Long partyId = token.party == null ? null : token.party.id;
            return new KnownCaller("token:" + token.id,
                    new Actor(Actor.Type.TOKEN, token.id, "API-token «" + token.name + "»", token.role, partyId));
        });
    }
}
