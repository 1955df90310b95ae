package no.planstatus.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.ProblemType;

/**
 * The account or token behind the current request and the address it came from, for authorization beyond roles,
 * the sign-in throttle and the audit trail.
 */
@RequestScoped
public class Caller {

    /** As long as sign_in_counter.address and audit_event.client_address allow. */
    static final int ADDRESS_MAX_LENGTH = 100;

    private final SecurityIdentity identity;
    private final CurrentVertxRequest request;
    private Actor linkHolder;

    public Caller(SecurityIdentity identity, CurrentVertxRequest request) {
        this.identity = identity;
        this.request = request;
    }

    /**
     * The client's IP address: the connection's peer, or the address in X-Forwarded-For when the peer is one of
     * the trusted proxies (quarkus.http.proxy, from PLANSTATUS_TRUSTED_PROXIES); null outside an HTTP request
     * (changes Planstatus makes itself).
     */
    public String clientAddress() {
        RoutingContext context = request.getCurrent();
        SocketAddress remote = context == null ? null : context.request().remoteAddress();
        if (remote == null) {
            return null;
        }
        String address = remote.hostAddress() != null ? remote.hostAddress() : remote.host();
        if (address == null || address.isBlank()) {
            return null;
        }
        return address.length() <= ADDRESS_MAX_LENGTH ? address : address.substring(0, ADDRESS_MAX_LENGTH);
    }

    /**
     * For the rest of this request the caller is the holder of a checked personal report link, whoever is signed in
     * in the same browser: what they write is theirs, in the report and in the audit trail.
     */
    public void actAsLinkHolder(long invitationId, String name, long partyId) {
        linkHolder = new Actor(Actor.Type.INVITATION, invitationId, name, Role.REPORTER, partyId);
    }

    public Optional<Actor> actor() {
        if (linkHolder != null) {
            return Optional.of(linkHolder);
        }
        if (identity == null || identity.isAnonymous()) {
            return Optional.empty();
        }
        return Optional.ofNullable(identity.getAttribute(Actor.ATTRIBUTE));
    }

    /** The actor, or a 401 problem when nobody is signed in. */
    public Actor require() {
        return actor().orElseThrow(() -> new ApiProblem(ProblemType.UNAUTHORIZED,
                "Du må logge inn eller sende et API-token."));
    }

    public boolean isEditor() {
        return actor().map(a -> a.role() == Role.ADMIN || a.role() == Role.EDITOR).orElse(false);
    }
}
