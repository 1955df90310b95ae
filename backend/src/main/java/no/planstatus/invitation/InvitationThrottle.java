package no.planstatus.invitation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import no.planstatus.security.LoginThrottle;

/**
 * Makes guessing link secrets pointless (they carry 192 random bits already): a client address that has tried
 * {@link #FREE_FAILURES} wrong, revoked or expired secrets within {@link LoginThrottle#WINDOW} waits 1 s, 2 s, 4 s …
 * up to {@link #MAX_DELAY} after each further one, and while it waits no secret is even looked up, right or wrong.
 * Counted in the database the way the sign-in throttle counts, so that restarts and other instances see the same
 * counts.
 */
@ApplicationScoped
public class InvitationThrottle {

    static final int FREE_FAILURES = 10;
    static final Duration MAX_DELAY = Duration.ofMinutes(5);

    /** How long the address must wait, or empty when it may try a link now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Duration> retryAfter(String address) {
        Instant now = Instant.now();
        return InvitationGuessCounter.<InvitationGuessCounter>findByIdOptional(key(address))
                .flatMap(c -> LoginThrottle.waitUntil(c.failures, c.lastFailureAt, FREE_FAILURES, MAX_DELAY, now))
                .filter(now::isBefore)
                .map(until -> Duration.between(now, until));
    }

    /**
     * Counts a failed try in its own transaction, kept whatever the request does next. When another request creates
     * the counter at the same moment, the insert fails on the key and the failure is counted on that row instead.
     */
    public void recordFailure(String address) {
        Instant now = Instant.now();
        String key = key(address);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (InvitationGuessCounter.countFailure(key, now, now.minus(LoginThrottle.WINDOW)) == 0) {
                    InvitationGuessCounter counter = new InvitationGuessCounter();
                    counter.address = key;
                    counter.failures = 1;
                    counter.lastFailureAt = now;
                    counter.persistAndFlush();
                }
            });
        } catch (PersistenceException createdMeanwhile) {
            QuarkusTransaction.requiringNew().run(() ->
                    InvitationGuessCounter.countFailure(key, now, now.minus(LoginThrottle.WINDOW)));
        }
    }

    /** Forgets counters with no failure within the window, so the table does not grow without end. */
    @Scheduled(identity = "invitation-guess-housekeeping", every = "${planstatus.security.purge-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void purgeStale() {
        InvitationGuessCounter.delete("lastFailureAt < ?1", Instant.now().minus(LoginThrottle.WINDOW));
    }

    private static String key(String address) {
        return address == null ? "" : address;
    }
}
