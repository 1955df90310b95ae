package no.planstatus.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed sign-ins of one username from one client address (a pair), or of one username from all addresses
 * ({@link #address} null). A pair also remembers its last successful sign-in. See {@link LoginThrottle}.
 */
@Entity
@Table(name = "sign_in_counter")
public class SignInCounter extends PanacheEntityBase {

    @Id
    @Column(name = "counter_key")
    public String counterKey;

    @Column(nullable = false)
    public String username;

    public String address;

    /** Failures since the counter was last reset, by a success or by a quiet {@link LoginThrottle#WINDOW}. */
    @Column(nullable = false)
    public int failures;

    @Column(name = "last_failure_at")
    public Instant lastFailureAt;

    @Column(name = "last_success_at")
    public Instant lastSuccessAt;

    void firstFailure(Instant now) {
        failures = 1;
        lastFailureAt = now;
    }

    static String pairKey(String username, String address) {
        return Secrets.sha256("pair\u0000" + username + "\u0000" + address);
    }

    static String accountKey(String username) {
        return Secrets.sha256("account\u0000" + username);
    }

    static Optional<SignInCounter> findPair(String username, String address) {
        return findByIdOptional(pairKey(username, address));
    }

    static Optional<SignInCounter> findAccount(String username) {
        return findByIdOptional(accountKey(username));
    }

    /** How many usernames failed from this address since {@code since}, and when the latest of them failed. */
    record AddressFailures(long usernames, Instant latest) {
    }

    static AddressFailures failuresFrom(String address, Instant since) {
        Object[] row = getEntityManager().createQuery("select count(c), max(c.lastFailureAt) from SignInCounter c"
                + " where c.address = ?1 and c.failures > 0 and c.lastFailureAt >= ?2", Object[].class)
                .setParameter(1, address).setParameter(2, since).getSingleResult();
        return new AddressFailures(((Number) row[0]).longValue(), (Instant) row[1]);
    }

    /** Counts a failure; a counter whose last failure is older than {@code resetBefore} starts again at one. */
    static int countFailure(String counterKey, Instant now, Instant resetBefore) {
        return update("failures = case when lastFailureAt is null or lastFailureAt < ?1 then 1 else failures + 1 end,"
                + " lastFailureAt = ?2 where counterKey = ?3", resetBefore, now, counterKey);
    }

    static int countSuccess(String counterKey, Instant now) {
        return update("failures = 0, lastSuccessAt = ?1 where counterKey = ?2", now, counterKey);
    }

    /** Counters with no failure since {@code failuresBefore} and no success since {@code successesBefore}. */
    static long deleteStale(Instant failuresBefore, Instant successesBefore) {
        return delete("(lastFailureAt is null or lastFailureAt < ?1) and (lastSuccessAt is null or lastSuccessAt < ?2)",
                failuresBefore, successesBefore);
    }
}
