package no.planstatus.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A number that every change to public data moves on in its own transaction (row {@code data_revision}); accounts
 * and API tokens are not public data (see AuditLog). Public GETs build their
 * ETag from it, so a revalidation costs no query: the current number is kept in memory and raised after each
 * commit that moved it.
 */
@ApplicationScoped
public class DataRevision {

    private static final long UNKNOWN = -1;
    private static final String PENDING = DataRevision.class.getName() + ".pending";

    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;
    private final AtomicLong current = new AtomicLong(UNKNOWN);

    public DataRevision(EntityManager entityManager, TransactionSynchronizationRegistry transactions) {
        this.entityManager = entityManager;
        this.transactions = transactions;
    }

    /**
     * Moves the revision on when the caller's transaction commits, once however often it is called: the shared row
     * is updated as the transaction's last statement (before completion, after Hibernate's own flush), so that a
     * long transaction such as an import holds its lock only while it commits and other writes are not kept
     * waiting. Readers see the new number once the transaction has committed; a rollback leaves it as it was.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bump() {
        if (transactions.getResource(PENDING) != null) {
            return;
        }
        transactions.putResource(PENDING, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            private long bumped = UNKNOWN;

            @Override
            public void beforeCompletion() {
                entityManager.createNativeQuery("UPDATE data_revision SET revision = revision + 1 WHERE id = 1")
                        .executeUpdate();
                bumped = ((Number) entityManager.createNativeQuery("SELECT revision FROM data_revision WHERE id = 1")
                        .getSingleResult()).longValue();
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED && bumped != UNKNOWN) {
                    current.accumulateAndGet(bumped, Math::max);
                }
            }
        });
    }

    /** The last committed revision. */
    public long current() {
        long known = current.get();
        return known != UNKNOWN ? known : load();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    long load() {
        long stored = ((Number) entityManager.createNativeQuery("SELECT revision FROM data_revision WHERE id = 1")
                .getSingleResult()).longValue();
        return current.accumulateAndGet(stored, Math::max);
    }
}
