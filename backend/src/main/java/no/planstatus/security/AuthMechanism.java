package no.planstatus.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/**
 * Reads a bearer API token or the session cookie. A request that sends an {@code Authorization} header is judged by
 * that header alone: a wrong or non-Bearer one is a 401 and the cookie is not looked at. A blank header counts as
 * none. A stale session cookie is treated as no sign-in, so a browser with an expired session can still read the
 * public plan. The identity records which of the two credentials authenticated it ({@link #CREDENTIAL}), and the
 * CSRF check follows that.
 */
@ApplicationScoped
public class AuthMechanism implements HttpAuthenticationMechanism {

    public static final String SESSION_COOKIE = "planstatus_session";
    /** Identity attribute: the {@link Credential} that authenticated the request. */
    static final String CREDENTIAL = "planstatus.credential";

    /** What proved who the caller is. */
    enum Credential {
        /** The session cookie: a browser sends it by itself, so writes also need the CSRF token. */
        SESSION_COOKIE,
        /** An API token in {@code Authorization: Bearer}: never sent by a browser on its own. */
        BEARER_TOKEN
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        List<String> authorization = context.request().headers().getAll(HttpHeaders.AUTHORIZATION);
        if (authorization.size() > 1) {
            return Uni.createFrom().failure(new AuthenticationFailedException("More than one Authorization header"));
        }
        String header = authorization.isEmpty() ? null : authorization.get(0).strip();
        if (header != null && !header.isEmpty()) {
            String token = header.length() > 7 && header.regionMatches(true, 0, "Bearer ", 0, 7)
                    ? header.substring(7).strip() : "";
            if (token.isEmpty()) {
                return Uni.createFrom().failure(new AuthenticationFailedException("Only Bearer tokens are accepted"));
            }
            return identityProviderManager.authenticate(new CredentialRequests.Bearer(token));
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
