package no.planstatus.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import no.planstatus.common.PlanstatusConfig;
import org.hibernate.LockOptions;
import org.jboss.logging.Logger;

/**
 * Sends queued deliveries (the outbox in {@code webhook_delivery}), on as many instances as run on one database.
 *
 * <p><b>Claiming.</b> One dispatcher thread per instance claims due attempts in a short transaction of its own:
 * it locks the webhooks that have a due attempt and none in flight ({@code SELECT … FOR UPDATE SKIP LOCKED}, so
 * two instances never wait for or take the same webhook), takes the oldest pending attempt of each and writes its
 * own name and a lease ({@code claimed_by}, {@code claimed_until}) into it, and commits. Only then is the attempt
 * sent; its result is recorded in another transaction, and only by the instance that still holds the claim. An
 * attempt whose instance died while sending is due again for any instance when the lease runs out.
 *
 * <p><b>What that guarantees.</b> In normal running every attempt is sent exactly once, whichever instance wrote
 * the report and however many run. An instance that dies after sending and before recording (or a send that
 * outlasts the lease) makes it at least once: the same attempt is sent again, with the same
 * {@code X-Planstatus-Delivery}, by which receivers ignore duplicates.
 *
 * <p><b>When.</b> New deliveries are sent as soon as their report commits; a retry when it falls due, on the
 * instance that scheduled it; and a scheduled sweep ({@code planstatus.webhooks.sweep-every}) picks up whatever
 * else is due — retries scheduled by an instance that stopped, attempts whose claim expired, anything left at a
 * restart — on any instance. A failed attempt is retried after each delay of {@code planstatus.webhooks
 * .retry-schedule} in turn (by default 1 min, 5 min, 30 min, 2 h, 12 h); when it fails after the last one, the
 * delivery has failed for good ({@link WebhookDelivery.State#GAVE_UP}, «mislyktes») until an admin sends it again.
 * Every attempt stays in the delivery log, with a sentence saying why it failed.
 *
 * <p><b>Concurrency.</b> Deliveries to different webhooks are sent side by side, at most
 * {@code planstatus.webhooks.max-concurrent} at a time per instance, so one slow receiver does not hold up the
 * others; each webhook has at most one attempt in flight across all instances, and gets its first attempts in the
 * order the reports were written (a retry waits for its time, and later events are not held back behind it).
 *
 * <p>Each attempt is signed over its own timestamp and the body ({@code X-Planstatus-Signature:
 * t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">}), so a receiver can refuse a delivery replayed later.
 */
@ApplicationScoped
public class WebhookSender {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(WebhookSender.class);

    private final List<Duration> retrySchedule;
    private final Duration lease;
    private final int maxConcurrent;
    private final ReceiverAddress.Policy policy;
    private final Vertx vertx;
    /** This process, as written into the attempts it claims. */
    private final String instance = instanceName();
    /** Webhooks with an attempt in flight from this instance. */
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean dispatchQueued = new AtomicBoolean();
    private ReceiverClient client;
    private ScheduledExecutorService dispatcher;
    private ThreadPoolExecutor senders;

    public WebhookSender(PlanstatusConfig config, Vertx vertx) {
        this.retrySchedule = List.copyOf(config.webhooks().retrySchedule());
        if (retrySchedule.stream().anyMatch(d -> d.isNegative() || d.isZero())) {
            throw new IllegalStateException("planstatus.webhooks.retry-schedule (PLANSTATUS_WEBHOOKS_RETRY_SCHEDULE) "
                    + "must list positive durations, e.g. 1m,5m,30m,2h,12h; got " + retrySchedule);
        }
        this.lease = config.webhooks().claimLease();
        this.maxConcurrent = config.webhooks().maxConcurrent();
        if (maxConcurrent < 1) {
            throw new IllegalStateException("planstatus.webhooks.max-concurrent must be at least 1");
        }
        this.policy = WebhookService.policy(config);
        this.vertx = vertx;
    }

    /** The first attempt and one per retry delay. */
    int maxAttempts() {
        return retrySchedule.size() + 1;
    }

    void start(@Observes StartupEvent event) {
        client = new ReceiverClient(vertx, TIMEOUT, policy);
        dispatcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "planstatus-webhooks");
            thread.setDaemon(true);
            return thread;
        });
        AtomicInteger number = new AtomicInteger();
        senders = new ThreadPoolExecutor(maxConcurrent, maxConcurrent, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "planstatus-webhooks-send-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        senders.allowCoreThreadTimeOut(true);
        wake();
    }

    void stop(@Observes ShutdownEvent event) {
        if (dispatcher != null) {
            dispatcher.shutdownNow();
        }
        if (senders != null) {
            senders.shutdownNow(); // an interrupted attempt stays claimed until its lease runs out, then is sent again
        }
        if (client != null) {
            client.close();
        }
    }

    /** The sweep: whatever is due, on this instance, whoever scheduled it. */
    @Scheduled(identity = "webhook-sweep", every = "${planstatus.webhooks.sweep-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        wake();
    }

    /** Claims and sends what is due now, on the dispatcher's thread (requests made meanwhile are folded into one). */
    void wake() {
        if (dispatchQueued.compareAndSet(false, true)) {
            if (!schedule(() -> {
                dispatchQueued.set(false);
                dispatch();
            }, 0)) {
                dispatchQueued.set(false);
            }
        }
    }

    private void wakeAfter(long millis) {
        schedule(this::wake, millis);
    }

    private boolean schedule(Runnable task, long millis) {
        ScheduledExecutorService running = dispatcher;
        if (running == null || running.isShutdown()) {
            return false;
        }
        try {
            running.schedule(task, millis, TimeUnit.MILLISECONDS);
            return true;
        } catch (RejectedExecutionException e) {
            return false; // shutting down; what is pending is sent by another instance or at the next start
        }
    }

    private record Claimed(long id, long webhookId, String url, String secret, String deliveryKey, String event,
            String payload) {
    }

    private void dispatch() {
        int free = maxConcurrent - inFlight.size();
        if (free <= 0) {
            return; // a finished send wakes the dispatcher again
        }
        List<Claimed> claimed;
        try {
            claimed = QuarkusTransaction.requiringNew().call(() -> claim(free));
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not claim webhook deliveries; the sweep tries again");
            return;
        }
        for (Claimed delivery : claimed) {
            inFlight.add(delivery.webhookId());
            try {
                senders.execute(() -> {
                    try {
                        send(delivery);
                    } finally {
                        inFlight.remove(delivery.webhookId());
                        wake(); // the webhook's next attempt, or another webhook's
                    }
                });
            } catch (RejectedExecutionException e) {
                inFlight.remove(delivery.webhookId()); // shutting down: the claim runs out and another takes it
            }
        }
    }

    /**
     * Locks webhooks with a due attempt and nothing in flight (skipping those another instance holds), and claims
     * the oldest pending attempt of each. Runs in its own transaction, committed before anything is sent.
     */
    private List<Claimed> claim(int max) {
        Instant now = Instant.now();
        List<Long> busy = inFlight.isEmpty() ? List.of(-1L) : List.copyOf(inFlight);
        List<Webhook> webhooks = Webhook.getEntityManager().createQuery("""
                select w from Webhook w
                where w.id not in :busy
                  and exists (select 1 from WebhookDelivery d where d.webhook = w and d.state = :pending
                              and d.dueAt <= :now and (d.claimedUntil is null or d.claimedUntil <= :now))
                  and not exists (select 1 from WebhookDelivery c where c.webhook = w and c.state = :pending
                                  and c.claimedUntil > :now)
                order by w.id""", Webhook.class)
                .setParameter("busy", busy)
                .setParameter("pending", WebhookDelivery.State.PENDING)
                .setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED)
                .setMaxResults(max)
                .getResultList();
        List<Claimed> claimed = new ArrayList<>();
        for (Webhook webhook : webhooks) {
            WebhookDelivery next = WebhookDelivery.findNextPending(webhook.id).orElse(null);
            if (next == null || next.dueAt.isAfter(now)
                    || (next.claimedUntil != null && next.claimedUntil.isAfter(now))) {
                continue; // in flight elsewhere after all (it committed its claim meanwhile), or not due yet
            }
            if (next.claimedBy != null) {
                LOG.infof("Webhook delivery %s (attempt %d) was claimed by %s, which did not record it within its "
                        + "lease; sending it again", next.deliveryKey, next.attempt, next.claimedBy);
            }
            next.claimedBy = instance;
            next.claimedUntil = now.plus(lease);
            claimed.add(new Claimed(next.id, webhook.id, webhook.url, webhook.secret, next.deliveryKey, next.event,
                    next.payload));
        }
        return claimed;
    }

    private void send(Claimed delivery) {
        byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
        long timestamp = Instant.now().getEpochSecond();
        ReceiverClient.Outcome outcome;
        try {
            outcome = client.post(delivery.url(), Map.of(
                    "Content-Type", "application/json",
                    "User-Agent", "Planstatus-Webhooks",
                    "X-Planstatus-Event", delivery.event(),
                    "X-Planstatus-Delivery", delivery.deliveryKey(),
                    "X-Planstatus-Timestamp", Long.toString(timestamp),
                    "X-Planstatus-Signature", signature(delivery.secret(), timestamp, body)), body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (RuntimeException e) {
            LOG.warnf(e, "Webhook delivery %s failed unexpectedly", delivery.deliveryKey());
            outcome = new ReceiverClient.Outcome(null, "Leveringen mislyktes av en ukjent grunn; se Planstatus' logg.");
        }
        ReceiverClient.Outcome result = outcome;
        try {
            record(delivery.id(), result.statusCode(), result.error() == null ? null : truncate(result.error()));
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not record webhook delivery %s; it is sent again when its claim runs out",
                    delivery.deliveryKey());
        }
    }

    private void record(long id, Integer statusCode, String error) {
        // Logged after the commit, so that a line in the log means the attempt is recorded.
        List<Runnable> logAfterCommit = new ArrayList<>(1);
        long retryIn = QuarkusTransaction.requiringNew().call(() -> {
            WebhookDelivery attempt = WebhookDelivery.findById(id, LockModeType.PESSIMISTIC_WRITE);
            if (attempt == null) {
                return -1L; // the webhook was deleted meanwhile
            }
            if (attempt.state != WebhookDelivery.State.PENDING || !instance.equals(attempt.claimedBy)) {
                LOG.infof("Webhook delivery %s (attempt %d) was taken over by %s after its claim ran out; not "
                        + "recording this instance's result", attempt.deliveryKey, attempt.attempt, attempt.claimedBy);
                return -1L;
            }
            Instant now = Instant.now();
            attempt.attemptedAt = now;
            attempt.statusCode = statusCode;
            attempt.error = error;
            attempt.claimedUntil = null;
            if (error == null) {
                attempt.state = WebhookDelivery.State.SUCCEEDED;
                return -1L;
            }
            if (attempt.attempt > retrySchedule.size()) {
                attempt.state = WebhookDelivery.State.GAVE_UP;
                String key = attempt.deliveryKey;
                int number = attempt.attempt;
                logAfterCommit.add(() -> LOG.warnf("Webhook delivery %s, attempt %d failed: %s No retry follows.",
                        key, number, error));
                return -1L;
            }
            Instant next = now.plus(retrySchedule.get(attempt.attempt - 1));
            String key = attempt.deliveryKey;
            int number = attempt.attempt;
            logAfterCommit.add(() -> LOG.infof("Webhook delivery %s, attempt %d failed: %s Next attempt at %s.", key,
                    number, error, next));
            attempt.state = WebhookDelivery.State.FAILED;
            attempt.nextRetryAt = next;
            WebhookDelivery retry = attempt.nextAttempt(now, next);
            retry.persist();
            return Math.max(0, next.toEpochMilli() - now.toEpochMilli());
        });
        logAfterCommit.forEach(Runnable::run);
        if (retryIn >= 0) {
            wakeAfter(retryIn); // on this instance, while it runs; the sweep of any instance otherwise
        }
    }

    /** {@code t=<timestamp>,v1=<hex HMAC-SHA256 of "<timestamp>.<body>">}, keyed with the webhook's secret. */
    static String signature(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static String truncate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }

    /** Host name, process id and a random part: unique per process, and readable in the delivery table. */
    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "ukjent";
        }
        String name = host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() <= 100 ? name : name.substring(name.length() - 100);
    }
}
