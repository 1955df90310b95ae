package no.planstatus.common;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Recognises a failure that means "another transaction holds what this one needs", however the layers wrapped it
 * (JPA, Hibernate, a transaction that could not commit): the cause chain is searched for the lock exceptions and
 * for the database's own codes.
 */
final class LockConflicts {

    /** How long a client should wait before trying again. */
    static final int RETRY_AFTER_SECONDS = 2;

    /**
     * PostgreSQL: serialization_failure, deadlock_detected, lock_not_available; H2: its lock timeout (HYT00 with
     * error code 50200) and deadlock.
     */
    private static final Set<String> SQL_STATES = Set.of("40001", "40P01", "55P03");
    private static final Set<Integer> H2_ERROR_CODES = Set.of(50200, 40001, 90131);

    private LockConflicts() {
    }

    static boolean isLockConflict(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return search(failure, seen);
    }

    private static boolean search(Throwable failure, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return false;
        }
        if (failure instanceof jakarta.persistence.PessimisticLockException
                || failure instanceof jakarta.persistence.LockTimeoutException
                || failure instanceof org.hibernate.PessimisticLockException
                || failure instanceof org.hibernate.exception.LockAcquisitionException
                || failure instanceof org.hibernate.exception.LockTimeoutException) {
            return true;
        }
        if (failure instanceof SQLException sql && (SQL_STATES.contains(sql.getSQLState())
                || (sql.getClass().getName().startsWith("org.h2.") && H2_ERROR_CODES.contains(sql.getErrorCode())))) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (search(suppressed, seen)) {
                return true;
            }
        }
        return search(failure.getCause(), seen);
    }
}
