package no.planstatus.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.vertx.core.Vertx;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import no.planstatus.common.PlanstatusConfig;
import org.jboss.logging.Logger;

/**
 * Sends queued deliveries from one background thread: pending ones at startup, new ones as soon as their report
 * commits, retries when they fall due (nothing is polled while there is nothing to send).
 * A non-2xx answer or an error is retried with exponential backoff (base, 2×base, 4×base …) up to the maximum
 * number of attempts; every attempt stays in the delivery log, with a sentence saying why it failed.
 *
 * <p>Each attempt is signed over its own timestamp and the body ({@code X-Planstatus-Signature:
 * t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">}), so a receiver can refuse a delivery replayed later.
 */
@ApplicationScoped
public class WebhookSender {

    static final int MAX_ATTEMPTS = 5;
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final int BATCH = 50;
    private static final Logger LOG = Logger.getLogger(WebhookSender.class);

    private final long retryBaseMillis;
    private final ReceiverAddress.Policy policy;
    private final Vertx vertx;
    private ReceiverClient client;
    private ScheduledExecutorService executor;

    public WebhookSender(PlanstatusConfig config, Vertx vertx) {
        this.retryBaseMillis = config.webhooks().retryBaseMillis();
        this.policy = WebhookService.policy(config);
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent event) {
        client = new ReceiverClient(vertx, TIMEOUT, policy);
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "planstatus-webhooks");
            thread.setDaemon(true);
            return thread;
        });
        executor.execute(this::sendDue);
    }

    void stop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
        if (client != null) {
            client.close();
        }
    }

    /** Sends what is due now, on the sender's thread. */
    void wake() {
        wakeAfter(0);
    }

    private void wakeAfter(long millis) {
        ScheduledExecutorService running = executor;
        if (running != null && !running.isShutdown()) {
            try {
                running.schedule(this::sendDue, millis, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                // shutting down; pending deliveries are sent at the next start
            }
        }
    }

    private record Due(long id, String url, String secret, String deliveryKey, String event, String payload) {
    }

    private void sendDue() {
        try {
            List<Due> due = QuarkusTransaction.requiringNew().call(() -> WebhookDelivery
                    .listDue(Instant.now(), BATCH).stream()
                    .map(d -> new Due(d.id, d.webhook.url, d.webhook.secret, d.deliveryKey, d.event, d.payload))
                    .toList());
            for (Due delivery : due) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                send(delivery);
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Webhook sending failed");
        }
    }

    private void send(Due delivery) {
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
        }
        record(delivery.id(), outcome.statusCode(), outcome.error() == null ? null : truncate(outcome.error()));
    }

    private void record(long id, Integer statusCode, String error) {
        long retryIn = QuarkusTransaction.requiringNew().call(() -> {
            WebhookDelivery attempt = WebhookDelivery.findById(id);
            if (attempt == null) {
                return -1L; // the webhook was deleted meanwhile
            }
            Instant now = Instant.now();
            attempt.attemptedAt = now;
            attempt.statusCode = statusCode;
            attempt.error = error;
            boolean ok = error == null;
            attempt.state = ok ? WebhookDelivery.State.SUCCEEDED : WebhookDelivery.State.FAILED;
            if (!ok && attempt.attempt < MAX_ATTEMPTS) {
                Instant next = now.plusMillis(retryBaseMillis << (attempt.attempt - 1));
                attempt.nextRetryAt = next;
                WebhookDelivery retry = new WebhookDelivery();
                retry.webhook = attempt.webhook;
                retry.deliveryKey = attempt.deliveryKey;
                retry.event = attempt.event;
                retry.payload = attempt.payload;
                retry.attempt = attempt.attempt + 1;
                retry.state = WebhookDelivery.State.PENDING;
                retry.createdAt = now;
                retry.dueAt = next;
                retry.persist();
                return next.toEpochMilli() - now.toEpochMilli();
            }
            return -1L;
        });
        if (retryIn >= 0) {
            wakeAfter(retryIn);
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
}
