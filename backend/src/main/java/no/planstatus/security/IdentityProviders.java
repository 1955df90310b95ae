package no.planstatus.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Looks up sessions and API tokens by their hash and turns them into identities with roles. */
final class IdentityProviders {

    private IdentityProviders() {
    }

    static SecurityIdentity identity(Actor actor, String principal, AuthMechanism.Credential credential) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(principal))
                .addRoles(actor.role().grants())
                .addAttribute(Actor.ATTRIBUTE, actor)
                .addAttribute(AuthMechanism.CREDENTIAL, credential)
                .build();
    }

    @ApplicationScoped
    static class SessionProvider implements IdentityProvider<CredentialRequests.Session> {

        @Override
        public Class<CredentialRequests.Session> getRequestType() {
            return CredentialRequests.Session.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(CredentialRequests.Session request,
                AuthenticationRequestContext context) {
            return context.runBlocking(() -> QuarkusTransaction.requiringNew().call(() -> {
                UserSession session = UserSession.findValid(Secrets.sha256(request.token), Instant.now())
                        .orElseThrow(() -> new AuthenticationFailedException("Unknown or expired session"));
                Account account = session.account;
                Long partyId = account.party == null ? null : account.party.id;
                return identity(new Actor(Actor.Type.ACCOUNT, account.id, account.displayName, account.role, partyId),
                        account.username, AuthMechanism.Credential.SESSION_COOKIE);
            }));
        }
    }

    @ApplicationScoped
    static class BearerProvider implements IdentityProvider<CredentialRequests.Bearer> {

        @Override
        public Class<CredentialRequests.Bearer> getRequestType() {
            return CredentialRequests.Bearer.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(CredentialRequests.Bearer request,
                AuthenticationRequestContext context) {
            return context.runBlocking(() -> QuarkusTransaction.requiringNew().call(() -> {
                ApiToken token = ApiToken.findActiveByHash(Secrets.sha256(request.token))
                        .orElseThrow(() -> new AuthenticationFailedException("Unknown or revoked token"));
                Instant now = Instant.now();
                // Record use at most once a minute so busy integrations do not write on every request.
                if (token.lastUsedAt == null || token.lastUsedAt.isBefore(now.minus(1, ChronoUnit.MINUTES))) {
                    token.lastUsedAt = now;
                }
                Long partyId = token.party == null ? null : token.party.id;
                return identity(new Actor(Actor.Type.TOKEN, token.id, "API-token «" + token.name + "»", token.role,
                        partyId), "token:" + token.id, AuthMechanism.Credential.BEARER_TOKEN);
            }));
        }
    }
}
