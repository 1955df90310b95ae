package no.planstatus.common;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;

/**
 * A number that every change to public data moves on in its own transaction (row {@code data_revision}); accounts,
 * API tokens and webhooks are not public data (change.ChangeKind). Public GETs build their ETag from it and the
 * response cache keeps answers per revision ({@link PublicResponseCache}).
 * <p>
 * Several instances may share one database, so the number is read from the shared row, not kept for good: a read
 * is reused for at most {@code planstatus.data-revision.max-age} (200 ms by default). Another instance's write is
 * therefore seen within that age plus one read, in bodies and in ETags. This instance's own writes are seen at
 * once: the number is raised in memory after each commit that moved it (read-your-writes). The number only goes
 * up.
 * <p>
 * Requests do not wait for the read while they come steadily: once a read is half its max-age old, the next
 * request starts the next read on a background thread and goes on with the number it has, which is still within
 * its max-age; when that read is done the number is fresh again. Only a request that finds the number older than
 * its max-age (the first after a quiet spell, or with max-age 0) reads it itself, and requests that arrive while
 * a read is running wait for that one read instead of starting their own. Under load that is at most two reads
 * per max-age per instance (10 a second by default), whatever the number of requests; bench/bench.py (phase 5)
 * measures what they cost.
 */
@ApplicationScoped
public class DataRevision {

    private static final long UNKNOWN = -1;
    private static final String REQUEST_REVISION = DataRevision.class.getName() + ".request";

    /** One read of the shared row, and when it started (a read that started earlier may have missed a write). */
    private record Read(long revision, long startedNanos) {
    }

    private static final Logger LOG = Logger.getLogger(DataRevision.class);

    private final LongSupplier reader;
    private final LongSupplier clock;
    private final EndOfTransaction end;
    private final long maxAgeNanos;
    private final long readAheadNanos;
    private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "data-revision-read");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong highest = new AtomicLong(UNKNOWN);
    private final AtomicReference<CompletableFuture<Long>> running = new AtomicReference<>();
    private volatile Read lastRead;

    @Inject
    public DataRevision(AgroalDataSource dataSource, EndOfTransaction end, PlanstatusConfig config) {
        this(() -> read(dataSource), System::nanoTime, end, config.dataRevision().maxAge());
    }

    /** With the shared row read by {@code reader} and the time told by {@code clock} (tests). */
    DataRevision(LongSupplier reader, LongSupplier clock, EndOfTransaction end, Duration maxAge) {
        if (maxAge.isNegative() || maxAge.compareTo(Duration.ofSeconds(1)) > 0) {
            throw new IllegalArgumentException("planstatus.data-revision.max-age (PLANSTATUS_DATA_REVISION_MAX_AGE)"
                    + " must be between 0 and 1s, e.g. 200ms; it bounds how long another instance's write stays"
                    + " unseen");
        }
        this.reader = reader;
        this.clock = clock;
        this.end = end;
        this.maxAgeNanos = maxAge.toNanos();
        this.readAheadNanos = maxAgeNanos / 2;
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
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

    /** The last committed revision, of this instance or any other on the database, at most max-age old. */
    public long current() {
        Read read = lastRead;
        if (read != null) {
            long age = clock.getAsLong() - read.startedNanos;
            if (age < maxAgeNanos) {
                if (age >= readAheadNanos) {
                    readAhead();
                }
                return highest.get();
            }
        }
        return refresh();
    }

    /**
     * {@link #current()}, once per request: the filters of one request (ETag, response cache) then agree on the
     * revision, and the request costs at most one read.
     */
    public long current(ContainerRequestContext request) {
        Object known = request.getProperty(REQUEST_REVISION);
        if (known instanceof Long revision) {
            return revision;
        }
        long revision = current();
        request.setProperty(REQUEST_REVISION, revision);
        return revision;
    }

    /** Reads the shared row, or waits for the read another request (or the background thread) has started. */
    private long refresh() {
        CompletableFuture<Long> mine = new CompletableFuture<>();
        CompletableFuture<Long> other = running.compareAndExchange(null, mine);
        CompletableFuture<Long> read = other != null ? other : mine;
        if (other == null) {
            readInto(mine);
        }
        try {
            return read.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Starts the next read on the background thread, unless one is running; the caller does not wait for it. */
    private void readAhead() {
        if (running.get() != null) {
            return;
        }
        CompletableFuture<Long> mine = new CompletableFuture<>();
        if (!running.compareAndSet(null, mine)) {
            return;
        }
        // The caller looked at the last read before it found no read running: one may have ended in between, and
        // its number is fresh. Looked at again now, after the claim, that read is seen.
        Read read = lastRead;
        if (read != null && clock.getAsLong() - read.startedNanos < readAheadNanos) {
            running.set(null);
            mine.complete(read.revision());
            return;
        }
        try {
            // If it fails, the requests that find the number too old read it themselves and report the failure.
            mine.whenComplete((revision, failure) -> {
                if (failure != null) {
                    LOG.debug("Reading the data revision ahead failed", failure);
                }
            });
            background.execute(() -> readInto(mine));
        } catch (RejectedExecutionException e) {
            // Shutting down: leave the next read to the next request.
            running.set(null);
            mine.complete(highest.get());
        }
    }

    private void readInto(CompletableFuture<Long> mine) {
        try {
            long started = clock.getAsLong();
            long revision = highest.accumulateAndGet(reader.getAsLong(), Math::max);
            lastRead = new Read(revision, started);
            mine.complete(revision);
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
        } finally {
            running.set(null);
        }
    }

    private static long read(AgroalDataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT revision FROM data_revision WHERE id = 1");
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the data revision", e);
        }
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
            highest.accumulateAndGet(bumped, Math::max);
        }
    }
}
