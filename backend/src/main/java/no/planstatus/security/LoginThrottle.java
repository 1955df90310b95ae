package no.planstatus.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.stream.Stream;

/**
 * Slows password guessing without locking the real user out (OWASP Authentication Cheat Sheet). Failed sign-ins are
 * counted in the database ({@link SignInCounter}), so a restart forgets nothing and instances share the counts. A
 * counter starts again after {@link #WINDOW} without a failure. Three limits, each a growing delay (1 s, 2 s, 4 s …
 * up to a cap) after the last failure, never a long lockout:
 * <ul>
 * <li><b>pair</b> (username and client address): after {@link #PAIR_FREE_FAILURES} failures, up to
 * {@link #PAIR_MAX_DELAY}. A success from the pair resets it. Other addresses are not affected;</li>
 * <li><b>username</b> across all addresses (distributed guessing): after {@link #ACCOUNT_FREE_FAILURES} failures, up
 * to {@link #ACCOUNT_MAX_DELAY};</li>
 * <li><b>address</b> (one address trying many usernames): once {@link #ADDRESS_FREE_USERNAMES} different usernames
 * have failed from it, up to {@link #ADDRESS_MAX_DELAY}. Many failures for one username count once here, so one
 * person's typos do not slow the colleagues behind the same office address.</li>
 * </ul>
 * A pair that signed in successfully within {@link #TRUSTED_FOR} is held only by its own pair limit: a user keeps
 * signing in from where they usually do while someone else guesses their password from elsewhere.
 */
@ApplicationScoped
public class LoginThrottle {

    public static final Duration WINDOW = Duration.ofMinutes(15);
    static final int PAIR_FREE_FAILURES = 5;
    static final Duration PAIR_MAX_DELAY = Duration.ofSeconds(60);
    static final int ACCOUNT_FREE_FAILURES = 20;
    static final Duration ACCOUNT_MAX_DELAY = Duration.ofSeconds(30);
    static final int ADDRESS_FREE_USERNAMES = 20;
    static final Duration ADDRESS_MAX_DELAY = Duration.ofSeconds(30);
    static final Duration TRUSTED_FOR = Duration.ofDays(30);

    /** How long the caller must wait, or empty when an attempt is allowed now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Duration> retryAfter(String username, String address) {
        Instant now = Instant.now();
        String name = normalized(username);
        Optional<SignInCounter> pair = SignInCounter.findPair(name, address);
        boolean trusted = pair.map(p -> p.lastSuccessAt != null && p.lastSuccessAt.isAfter(now.minus(TRUSTED_FOR)))
                .orElse(false);
        Stream<Optional<Instant>> waits = Stream.of(
                pair.flatMap(p -> waitUntil(p.failures, p.lastFailureAt, PAIR_FREE_FAILURES, PAIR_MAX_DELAY, now)));
        if (!trusted) {
            SignInCounter.AddressFailures fromAddress = SignInCounter.failuresFrom(address, now.minus(WINDOW));
            waits = Stream.concat(waits, Stream.of(
                    SignInCounter.findAccount(name).flatMap(a -> waitUntil(a.failures, a.lastFailureAt,
                            ACCOUNT_FREE_FAILURES, ACCOUNT_MAX_DELAY, now)),
                    waitUntil(fromAddress.usernames(), fromAddress.latest(), ADDRESS_FREE_USERNAMES,
                            ADDRESS_MAX_DELAY, now)));
        }
        return waits.flatMap(Optional::stream)
                .max(Instant::compareTo)
                .filter(now::isBefore)
                .map(until -> Duration.between(now, until));
    }

    /** Counts a failed sign-in for the pair and the username; kept even when the sign-in's own work rolls back. */
    public void recordFailure(String username, String address) {
        Instant now = Instant.now();
        String name = normalized(username);
        upsert(SignInCounter.pairKey(name, address), name, address,
                () -> SignInCounter.countFailure(SignInCounter.pairKey(name, address), now, now.minus(WINDOW)),
                counter -> counter.firstFailure(now));
        upsert(SignInCounter.accountKey(name), name, null,
                () -> SignInCounter.countFailure(SignInCounter.accountKey(name), now, now.minus(WINDOW)),
                counter -> counter.firstFailure(now));
    }

    /**
     * Resets the pair and trusts it from now on. The username's count across addresses is left as it is: a success
     * here says nothing about the guesses made from elsewhere.
     */
    public void recordSuccess(String username, String address) {
        Instant now = Instant.now();
        String name = normalized(username);
        upsert(SignInCounter.pairKey(name, address), name, address,
                () -> SignInCounter.countSuccess(SignInCounter.pairKey(name, address), now),
                counter -> counter.lastSuccessAt = now);
    }

    /** Forgets counters with no failure within the window and no success within the trust period. */
    @Transactional
    public long purgeStale() {
        Instant now = Instant.now();
        return SignInCounter.deleteStale(now.minus(WINDOW), now.minus(TRUSTED_FOR));
    }

    /**
     * The attempt after {@code free} failures waits 1 s after the last one, then 2 s, 4 s … up to {@code cap}; a
     * last failure older than {@link #WINDOW} is forgotten. Other throttles (personal report links) count the same way.
     */
    public static Optional<Instant> waitUntil(long failures, Instant lastFailure, int free, Duration cap, Instant now) {
        if (failures < free || lastFailure == null || lastFailure.isBefore(now.minus(WINDOW))) {
            return Optional.empty();
        }
        long doublings = Math.min(failures - free, 62);
        long seconds = Math.min(1L << doublings, cap.toSeconds());
        return Optional.of(lastFailure.plusSeconds(seconds));
    }

    /**
     * Changes the counter in its own transaction, creating it first when it does not exist. When another request
     * creates it at the same moment, the insert fails on the key and the change is made to that row instead.
     */
    private static void upsert(String key, String username, String address, IntSupplier change,
            Consumer<SignInCounter> initialize) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (change.getAsInt() == 0) {
                    SignInCounter counter = new SignInCounter();
                    counter.counterKey = key;
                    counter.username = username;
                    counter.address = address;
                    initialize.accept(counter);
                    counter.persistAndFlush();
                }
            });
        } catch (PersistenceException createdMeanwhile) {
            QuarkusTransaction.requiringNew().run(change::getAsInt);
        }
    }

    private static String normalized(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
