package no.planstatus.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.ProblemType;

/** The account or token behind the current request, for authorization beyond roles and for the audit trail. */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Optional<Actor> actor() {
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
