package no.planstatus.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Reads a bearer API token or the session cookie. A wrong bearer token is a 401; a stale session cookie is treated
 * as no sign-in, so a browser with an expired session can still read the public plan.
 */
@ApplicationScoped
public class AuthMechanism implements HttpAuthenticationMechanism {

    public static final String SESSION_COOKIE = "planstatus_session";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String authorization = context.request().getHeader("Authorization");
        if (authorization != null && !authorization.isBlank()) {
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return Uni.createFrom().failure(new AuthenticationFailedException("Only Bearer tokens are accepted"));
            }
            return identityProviderManager.authenticate(new CredentialRequests.Bearer(authorization.substring(7).trim()));
        }
        Cookie cookie = context.request().getCookie(SESSION_COOKIE);
        if (cookie != null && !cookie.getValue().isBlank()) {
            return identityProviderManager.authenticate(new CredentialRequests.Session(cookie.getValue()))
                    .onFailure(AuthenticationFailedException.class).recoverWithNull();
        }
        return Uni.createFrom().nullItem();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer realm=\"planstatus\""));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(CredentialRequests.Session.class, CredentialRequests.Bearer.class);
    }
}
