package no.planstatus.common;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * The memory of {@link PublicResponseCache}: answers kept as the bytes that were sent, within a byte budget
 * ({@code planstatus.response-cache.max-bytes}; by default 5 % of the maximum heap, at most 32 MiB).
 * <p>
 * Every entry is weighed by what it really holds: the body, the key (path, query and Accept header, all of which a
 * client chooses), the replayed headers, and a fixed {@link #ENTRY_OVERHEAD_BYTES} for the objects around them.
 * When the budget is full, Caffeine evicts by frequency and recency (W-TinyLFU), so a flood of one-off addresses
 * pushes out one-off entries rather than the pages that many intranets read. Eviction runs on the calling thread,
 * which keeps the weighed size within the budget after every store. An entry also expires after
 * {@link #MAX_AGE}, because some pages show today's date.
 */
@Startup
@Singleton
public class ResponseCacheStore {

    /** The default budget's ceiling: ample for the public reads of a large plan, small next to any heap. */
    static final long DEFAULT_CEILING_BYTES = 32L * 1024 * 1024;
    /** Object headers, references and the cache's own node per entry, estimated on a 64-bit JVM. */
    static final int ENTRY_OVERHEAD_BYTES = 256;
    /** Per stored header string: the String and its array. */
    static final int STRING_OVERHEAD_BYTES = 40;
    static final int MAX_BODY_BYTES = 1024 * 1024;
    static final Duration MAX_AGE = Duration.ofSeconds(60);

    private static final Logger LOG = Logger.getLogger(ResponseCacheStore.class);

    /**
     * One kept answer.
     *
     * @param headers names and values in turn, replayed as they were sent
     * @param gzip whether {@code body} is gzip-compressed (every compressible answer is kept so, see
     *     {@link PublicResponseCache})
     */
    record Entry(byte[] body, MediaType type, String[] headers, boolean gzip) {
    }

    private final boolean enabled;
    private final long maxBytes;
    private final int maxBodyBytes;
    private final Cache<String, Entry> entries;
    private volatile long revision = -1;

    ResponseCacheStore(PlanstatusConfig config) {
        PlanstatusConfig.ResponseCache settings = config.responseCache();
        enabled = settings.enabled();
        maxBytes = settings.maxBytes().map(MemorySize::asLongValue)
                .orElseGet(() -> defaultBudget(Runtime.getRuntime().maxMemory()));
        if (maxBytes < 1) {
            throw new IllegalArgumentException("planstatus.response-cache.max-bytes (PLANSTATUS_RESPONSE_CACHE_MAX_BYTES)"
                    + " must be at least 1 byte, e.g. 32M; to keep no answers, set planstatus.response-cache.enabled"
                    + "=false");
        }
        // A single answer may take at most a quarter of the budget, so that one large page cannot empty the cache.
        maxBodyBytes = (int) Math.min(MAX_BODY_BYTES, maxBytes / 4);
        entries = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, Entry entry) -> weight(key, entry))
                .expireAfterWrite(MAX_AGE)
                .executor(Runnable::run)
                .build();
        if (enabled) {
            LOG.infof("The response cache keeps public answers within %d KiB", maxBytes / 1024);
        }
    }

    /** 5 % of the heap, at most {@link #DEFAULT_CEILING_BYTES}: a small heap keeps most of itself for the work. */
    static long defaultBudget(long maxHeapBytes) {
        return Math.max(1, Math.min(maxHeapBytes / 20, DEFAULT_CEILING_BYTES));
    }

    boolean enabled() {
        return enabled;
    }

    /** The largest body worth copying; larger answers are sent but not kept. */
    int maxBodyBytes() {
        return maxBodyBytes;
    }

    /**
     * Empties the store when the data revision moved on since the last look, by a write here or on another instance:
     * every kept answer is then stale. A request that still holds an older revision empties nothing; its answer is
     * kept under that older revision's key, which no later request asks for.
     */
    void useRevision(long current) {
        if (current <= revision) {
            return;
        }
        synchronized (this) {
            if (current > revision) {
                entries.invalidateAll();
                revision = current;
            }
        }
    }

    Entry get(String key) {
        return entries.getIfPresent(key);
    }

    void put(String key, Entry entry) {
        entries.put(key, entry);
    }

    /** The weighed size of what is kept now, in bytes; never more than {@link #maxBytes()}. */
    public long storedBytes() {
        entries.cleanUp();
        return entries.policy().eviction().orElseThrow().weightedSize().orElse(0);
    }

    /** How many answers are kept now. */
    public long entryCount() {
        entries.cleanUp();
        return entries.estimatedSize();
    }

    /** The keys of the answers kept now (for tests that check what a request may store). */
    java.util.Set<String> keys() {
        return java.util.Set.copyOf(entries.asMap().keySet());
    }

    public long maxBytes() {
        return maxBytes;
    }

    static int weight(String key, Entry entry) {
        long bytes = ENTRY_OVERHEAD_BYTES + entry.body().length + key.length() + STRING_OVERHEAD_BYTES;
        for (String header : entry.headers()) {
            bytes += header.length() + STRING_OVERHEAD_BYTES;
        }
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }
}
