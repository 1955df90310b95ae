package no.planstatus.account;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import no.planstatus.common.PlanstatusConfig;
import no.planstatus.security.FitsBcrypt;
import no.planstatus.security.PasswordHashing;
import no.planstatus.security.Role;
import no.planstatus.security.Secrets;
import org.jboss.logging.Logger;

/**
 * Creates the first admin when there is no account. The password comes from PLANSTATUS_ADMIN_PASSWORD; without it a
 * random one is generated and printed once. There is no built-in default password.
 */
@ApplicationScoped
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class);

    private final PlanstatusConfig config;
    private final PasswordHashing passwords;

    public FirstAdmin(PlanstatusConfig config, PasswordHashing passwords) {
        this.config = config;
        this.passwords = passwords;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (Account.count() > 0) {
            return;
        }
        String username = config.admin().username();
        String password = config.admin().password().filter(p -> !p.isBlank()).orElse(null);
        boolean generated = password == null;
        if (!generated && !FitsBcrypt.Validator.fits(password)) {
            throw new IllegalStateException("PLANSTATUS_ADMIN_PASSWORD is longer than " + FitsBcrypt.MAX_BYTES
                    + " bytes in UTF-8; bcrypt would ignore the rest. Choose a shorter password.");
        }
        if (generated) {
            password = Secrets.random(15);
        }
        Account admin = new Account();
        admin.username = username;
        admin.displayName = "Administrator";
        admin.passwordHash = passwords.hash(password);
        admin.role = Role.ADMIN;
        admin.active = true;
        admin.createdAt = Instant.now();
        admin.persist();
        if (generated) {
            LOG.warnf("Created the first admin account '%s' with the generated password: %s"
                    + " (shown only now; set PLANSTATUS_ADMIN_PASSWORD before the first start to choose it)",
                    username, password);
        } else {
            LOG.infof("Created the first admin account '%s' with the password from PLANSTATUS_ADMIN_PASSWORD",
                    username);
        }
    }
}
