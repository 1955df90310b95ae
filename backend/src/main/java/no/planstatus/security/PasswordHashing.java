package no.planstatus.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import no.planstatus.common.PlanstatusConfig;

/** bcrypt hashes of passwords, at the cost planstatus.security.bcrypt-cost sets. */
@ApplicationScoped
public class PasswordHashing {

    private final int cost;

    public PasswordHashing(PlanstatusConfig config) {
        cost = config.security().bcryptCost();
        if (cost < 4 || cost > 31) {
            throw new IllegalStateException("planstatus.security.bcrypt-cost must be 4–31, not " + cost);
        }
    }

    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, cost);
    }

    /** Whether the password matches the hash, at the cost the hash was made with. */
    public boolean matches(String password, String hash) {
        return BcryptUtil.matches(password, hash);
    }
}
