package no.planstatus.common;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Statements a transaction runs once, as its last ones: before completion, after Hibernate has flushed (an
 * interposed synchronization runs after the ordinary ones), on the transaction's own connection, so they commit or
 * roll back with it. Work shared by every change of a transaction (the data revision, the measures' updated_at) is
 * done here once instead of after each change, and a row every writer needs is locked only while committing.
 */
@ApplicationScoped
public class EndOfTransaction {

    /** What to run; {@link #committed()} is called after a commit, never after a rollback. */
    public interface Work {

        void run(Connection connection) throws SQLException;

        default void committed() {
        }
    }

    private final AgroalDataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;

    public EndOfTransaction(AgroalDataSource dataSource, TransactionSynchronizationRegistry transactions) {
        this.dataSource = dataSource;
        this.transactions = transactions;
    }

    /** The work registered under this key in the current transaction, registered now if there is none yet. */
    @SuppressWarnings("unchecked")
    public <W extends Work> W once(Object key, Supplier<W> create) {
        W registered = (W) transactions.getResource(key);
        if (registered != null) {
            return registered;
        }
        W work = create.get();
        transactions.putResource(key, work);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                try (Connection connection = dataSource.getConnection()) {
                    work.run(connection);
                } catch (SQLException e) {
                    // Fails the commit; a lock timeout in here is still recognised by ProblemMappers (503).
                    throw new IllegalStateException("The transaction's last statements failed", e);
                }
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    work.committed();
                }
            }
        });
        return work;
    }
}
