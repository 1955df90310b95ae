package no.planstatus.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    private final EntityManager entityManager;
    private final EndOfTransaction end;
    private final AtomicLong current = new AtomicLong(UNKNOWN);

    public DataRevision(EntityManager entityManager, EndOfTransaction end) {
        this.entityManager = entityManager;
        this.end = end;
    }

    /**
     * Moves the revision on when the caller's transaction commits, once however often it is called: the shared row
     * is updated as one of the transaction's last statements ({@link EndOfTransaction}), so that a long transaction
     * such as an import holds its lock only while it commits and other writes are not kept waiting. Readers see
     * the new number once the transaction has committed; a rollback leaves it as it was.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bump() {
        end.once(Bump.class, Bump::new);
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

    private final class Bump implements EndOfTransaction.Work {

        private long bumped = UNKNOWN;

        @Override
        public void run(Connection connection) throws SQLException {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE data_revision SET revision = revision + 1 WHERE id = 1");
                    PreparedStatement select = connection.prepareStatement(
                            "SELECT revision FROM data_revision WHERE id = 1")) {
                update.executeUpdate();
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    bumped = row.getLong(1);
                }
            }
        }

        @Override
        public void committed() {
            current.accumulateAndGet(bumped, Math::max);
        }
    }
}
