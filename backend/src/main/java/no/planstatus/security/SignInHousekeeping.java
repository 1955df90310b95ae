package no.planstatus.security;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Deletes expired sessions and sign-in counters nobody needs any more, so neither table grows without end. Several
 * instances may run it at once: deleting what is already gone changes nothing.
 */
@ApplicationScoped
public class SignInHousekeeping {

    static final String JOB = "sign-in-housekeeping";
    private static final Logger LOG = Logger.getLogger(SignInHousekeeping.class);

    private final LoginThrottle throttle;

    public SignInHousekeeping(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Scheduled(identity = SignInHousekeeping.JOB, every = "${planstatus.security.purge-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void purge() {
        long sessions = UserSession.deleteExpired(Instant.now());
        long counters = throttle.purgeStale();
        if (sessions + counters > 0) {
            LOG.debugf("Purged %d expired sessions and %d stale sign-in counters", sessions, counters);
        }
    }
}
