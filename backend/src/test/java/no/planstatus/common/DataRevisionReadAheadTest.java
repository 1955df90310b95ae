package no.planstatus.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Public requests must not wait for the read of the shared revision while they come steadily (the benchmark showed
 * what waiting costs the cached reads), yet must never use a number older than its max-age: another instance's
 * write would then stay unseen for longer than documented.
 */
class DataRevisionReadAheadTest {

    private static final Duration MAX_AGE = Duration.ofMillis(200);
    private static final Duration QUICKLY = Duration.ofSeconds(5);

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final SharedRow row = new SharedRow();
    private DataRevision revision;

    @AfterEach
    void stop() {
        row.release();
        if (revision != null) {
            revision.stop();
        }
    }

    @Test
    void shouldAnswerAtOnceWhileTheNextReadRunsInTheBackground() throws InterruptedException {
        revision = new DataRevision(row, now::get, null, MAX_AGE);
        row.value.set(5);
        assertEquals(5, revision.current());

        later(50);
        assertEquals(5, revision.current(), "a read 50 ms old is used as it is");
        assertEquals(1, row.reads.size());

        row.block();
        row.value.set(6);
        later(70);
        long answered = assertTimeoutPreemptively(QUICKLY, () -> revision.current(),
                "a request waited for the read of the shared revision");
        assertEquals(5, answered, "the number read 120 ms ago is still within its max-age");
        assertTrue(row.entered.await(QUICKLY.toSeconds(), TimeUnit.SECONDS), "the next read has started");
        assertEquals("data-revision-read", row.reads.get(1), "the next read runs in the background");
        assertEquals(5, assertTimeoutPreemptively(QUICKLY, () -> revision.current()));
        assertEquals(2, row.reads.size(), "one read ahead at a time");

        row.release();
        long deadline = System.nanoTime() + QUICKLY.toNanos();
        while (revision.current() != 6) {
            assertTrue(System.nanoTime() < deadline, "the read ahead never raised the number");
            Thread.onSpinWait();
        }
        assertEquals(2, row.reads.size(), "the fresh read is used until it is half its max-age old");
    }

    @Test
    void shouldWaitForTheReadWhenTheNumberIsOlderThanItsMaxAge() throws Exception {
        revision = new DataRevision(row, now::get, null, MAX_AGE);
        row.value.set(5);
        assertEquals(5, revision.current());

        // After a quiet spell the request reads the row itself rather than answering with an old number.
        row.value.set(7);
        later(250);
        assertEquals(7, revision.current());
        assertEquals(Thread.currentThread().getName(), row.reads.get(1));

        // A request that finds the number too old while a read ahead runs waits for that read, not for a new one.
        row.block();
        row.value.set(8);
        later(120);
        assertEquals(7, revision.current());
        assertTrue(row.entered.await(QUICKLY.toSeconds(), TimeUnit.SECONDS));
        later(100);
        AtomicReference<String> request = new AtomicReference<>();
        CompletableFuture<Long> waiting = new CompletableFuture<>();
        Thread requester = new Thread(() -> {
            request.set(Thread.currentThread().getName());
            try {
                waiting.complete(revision.current());
            } catch (RuntimeException e) {
                waiting.completeExceptionally(e);
            }
        }, "request-during-read");
        requester.start();
        // The read is released only once the request waits (for that read, or in a read of its own, which the last
        // assertion catches): released earlier, the request would find a fresh number and prove nothing, and on a
        // busy machine it could start later still and find the number too old.
        awaitWaiting(requester);
        row.release();
        assertEquals(8, waiting.get(QUICKLY.toSeconds(), TimeUnit.SECONDS), "a number 220 ms old was used");
        assertFalse(row.reads.contains(request.get()), "the request started a read of its own");
    }

    @Test
    void shouldReadOnEveryRequestWithMaxAgeZero() {
        revision = new DataRevision(row, now::get, null, Duration.ZERO);
        for (long value = 1; value <= 3; value++) {
            row.value.set(value);
            assertEquals(value, revision.current());
        }
        assertEquals(Collections.nCopies(3, Thread.currentThread().getName()), row.reads);
    }

    private static void awaitWaiting(Thread thread) {
        long deadline = System.nanoTime() + QUICKLY.toNanos();
        while (thread.getState() != Thread.State.WAITING && thread.getState() != Thread.State.TIMED_WAITING) {
            assertTrue(System.nanoTime() < deadline, "the request never came to wait: " + thread.getState());
            Thread.onSpinWait();
        }
    }

    private void later(long millis) {
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    /** The shared row as a test controls it: its value, which threads read it, and a read that can be held. */
    private static final class SharedRow implements LongSupplier {
        final AtomicLong value = new AtomicLong();
        final List<String> reads = Collections.synchronizedList(new ArrayList<>());
        volatile CountDownLatch gate = new CountDownLatch(0);
        volatile CountDownLatch entered = new CountDownLatch(1);

        void block() {
            entered = new CountDownLatch(1);
            gate = new CountDownLatch(1);
        }

        void release() {
            gate.countDown();
        }

        @Override
        public long getAsLong() {
            reads.add(Thread.currentThread().getName());
            long read = value.get();
            entered.countDown();
            try {
                if (!gate.await(QUICKLY.toSeconds(), TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never released the read");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return read;
        }
    }
}
