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

/**
 * Looks up sessions and API tokens by their hash and turns them into identities with roles. Whose account or token
 * it is, the features that own them answer ({@link SessionAccounts}, {@link BearerTokens}).
 */
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

        private final SessionAccounts accounts;

        SessionProvider(SessionAccounts accounts) {
            this.accounts = accounts;
        }

        @Override
        public Class<CredentialRequests.Session> getRequestType() {
            return CredentialRequests.Session.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(CredentialRequests.Session request,
                AuthenticationRequestContext context) {
            return context.runBlocking(() -> QuarkusTransaction.requiringNew().call(() -> {
                KnownCaller caller = UserSession.findValid(Secrets.sha256(request.token), Instant.now())
                        .flatMap(session -> accounts.activeAccount(session.accountId))
                        .orElseThrow(() -> new AuthenticationFailedException("Unknown or expired session"));
                return identity(caller.actor(), caller.principalName(), AuthMechanism.Credential.SESSION_COOKIE);
            }));
        }
    }

    @ApplicationScoped
    static class BearerProvider implements IdentityProvider<CredentialRequests.Bearer> {

        private final BearerTokens tokens;

        BearerProvider(BearerTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        public Class<CredentialRequests.Bearer> getRequestType() {
            return CredentialRequests.Bearer.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(CredentialRequests.Bearer request,
                AuthenticationRequestContext context) {
            return context.runBlocking(() -> QuarkusTransaction.requiringNew().call(() -> {
                KnownCaller caller = tokens.activeToken(Secrets.sha256(request.token))
                        .orElseThrow(() -> new AuthenticationFailedException("Unknown or revoked token"));
                return identity(caller.actor(), caller.principalName(), AuthMechanism.Credential.BEARER_TOKEN);
            }));
        }
    }
}
