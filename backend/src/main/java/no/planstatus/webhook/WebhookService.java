package no.planstatus.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import jakarta.persistence.LockModeType;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.planstatus.audit.AuditLog;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.PlanstatusConfig;
import no.planstatus.common.ProblemType;
import no.planstatus.measure.Measure;
import no.planstatus.report.ReportChanged;
import no.planstatus.security.Caller;

/**
 * Registers webhooks and queues deliveries. Deliveries are written in the change's own transaction (an outbox), so
 * only committed changes are ever sent; after commit {@link WebhookSender} sends them at once, and its sweep sends
 * what is left on any instance.
 */
@ApplicationScoped
@Transactional
public class WebhookService {

    public static final String AUDIT_TYPE = "webhook";
    private static final int LOG_SIZE = 200;

    private final Caller caller;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final TransactionSynchronizationRegistry transactions;
    private final WebhookSender sender;
    private final ReceiverAddress.Policy policy;

    public WebhookService(Caller caller, AuditLog audit, ObjectMapper json,
            TransactionSynchronizationRegistry transactions, WebhookSender sender, PlanstatusConfig config) {
        this.caller = caller;
        this.audit = audit;
        this.json = json;
        this.transactions = transactions;
        this.sender = sender;
        this.policy = policy(config);
    }

    static ReceiverAddress.Policy policy(PlanstatusConfig config) {
        return new ReceiverAddress.Policy(config.webhooks().allowLoopback(), config.webhooks().allowPrivateNetworks());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WebhookView> list() {
        return Webhook.listNewestFirst().stream().map(WebhookService::withLastDelivery).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookView get(long id) {
        return withLastDelivery(find(id));
    }

    /**
     * Audited without its secret: the trail is read by every admin and kept for good. A host name is resolved here
     * for a quick answer; every delivery judges it again.
     */
    public WebhookView register(WebhookInput input) {
        ReceiverAddress.refusal(input.url(), policy).ifPresent(reason -> {
            throw ApiProblem.invalid("url", reason);
        });
        Webhook webhook = new Webhook();
        webhook.url = input.url().trim();
        webhook.secret = input.secret();
        webhook.description = input.description() == null || input.description().isBlank() ? null
                : input.description().trim();
        webhook.createdBy = caller.require().name();
        webhook.createdAt = Instant.now();
        webhook.persist();
        WebhookView registered = WebhookView.of(webhook);
        audit.created(AUDIT_TYPE, webhook.id, null, registered);
        return registered;
    }

    /** Removes the webhook and its delivery log; pending deliveries are dropped. */
    public void delete(long id) {
        Webhook webhook = find(id);
        WebhookView before = WebhookView.of(webhook);
        WebhookDelivery.delete("webhook.id", id);
        webhook.delete();
        audit.deleted(AUDIT_TYPE, id, null, before);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DeliveryView> deliveries(long id) {
        find(id);
        List<WebhookDelivery> attempts = WebhookDelivery.listByWebhook(id, LOG_SIZE);
        // Newest first: the first attempt seen of each delivery is its newest, the only one that may be sent again.
        Set<String> seen = new HashSet<>();
        return attempts.stream().map(d -> DeliveryView.of(d,
                seen.add(d.deliveryKey) && d.state == WebhookDelivery.State.GAVE_UP)).toList();
    }

    /**
     * The report editor's change, handed to {@link #queue}. Kept thin: the change pipeline replaces this observer.
     */
    void enqueue(@Observes ReportChanged changed) {
        queue(changed.event(), changed.measureId(), changed.report());
    }

    /**
     * Queues one delivery of the event per webhook, inside the caller's (the write's) transaction, so only committed
     * changes are ever sent; after commit the sender is woken to send them at once. The payload names the measure
     * by id, reference and text, and carries {@code report} as given (serialized as JSON).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(String event, long measureId, Object report) {
        List<Webhook> webhooks = Webhook.listAll();
        if (webhooks.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        String payload = payload(event, measureId, report, now);
        for (Webhook webhook : webhooks) {
            WebhookDelivery delivery = new WebhookDelivery();
            delivery.webhook = webhook;
            delivery.deliveryKey = UUID.randomUUID().toString();
            delivery.event = event;
            delivery.payload = payload;
            delivery.attempt = 1;
            delivery.state = WebhookDelivery.State.PENDING;
            delivery.createdAt = now;
            delivery.dueAt = now;
            delivery.persist();
        }
        wakeSenderAfterCommit();
    }

    /**
     * «Send på nytt»: queues one more attempt of a delivery that has failed for good, due now. Only the newest
     * attempt of a delivery that gave up may be sent again (a second click finds a newer attempt: 409). The new
     * attempt is a single one; if it fails too, the delivery has failed for good again.
     */
    public DeliveryView resend(long webhookId, long attemptId) {
        find(webhookId);
        WebhookDelivery attempt = WebhookDelivery.<WebhookDelivery>findByIdOptional(attemptId,
                        LockModeType.PESSIMISTIC_WRITE)
                .filter(d -> d.webhook.id == webhookId)
                .orElseThrow(() -> ApiProblem.notFound("Leveringen", attemptId));
        if (attempt.state != WebhookDelivery.State.GAVE_UP) {
            throw new ApiProblem(ProblemType.CONFLICT, "Bare en levering som har mislyktes, kan sendes på nytt; "
                    + "denne er " + stateWord(attempt.state) + ".");
        }
        if (attempt.hasLaterAttempt()) {
            throw new ApiProblem(ProblemType.CONFLICT, "Leveringen er allerede sendt på nytt; se det nyeste forsøket.");
        }
        Instant now = Instant.now();
        WebhookDelivery again = attempt.nextAttempt(now, now);
        again.persist();
        wakeSenderAfterCommit();
        return DeliveryView.of(again, false);
    }

    private static String stateWord(WebhookDelivery.State state) {
        return switch (state) {
            case PENDING -> "ikke forsøkt ennå";
            case SUCCEEDED -> "levert";
            case FAILED -> "feilet og blir forsøkt igjen";
            case GAVE_UP -> "mislyktes";
        };
    }

    private void wakeSenderAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    sender.wake();
                }
            }
        });
    }

    private String payload(String event, long measureId, Object report, Instant occurredAt) {
        Measure measure = Measure.findById(measureId);
        Map<String, Object> measureRef = new LinkedHashMap<>();
        measureRef.put("id", measureId);
        measureRef.put("reference", measure == null ? null : measure.reference);
        measureRef.put("text", measure == null ? null : measure.text);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", event);
        body.put("occurredAt", occurredAt);
        body.put("measure", measureRef);
        body.put("report", report);
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not serialize webhook payload", e);
        }
    }

    private static WebhookView withLastDelivery(Webhook webhook) {
        return WebhookView.of(webhook, WebhookDelivery.findNewest(webhook.id).orElse(null));
    }

    private static Webhook find(long id) {
        return Webhook.<Webhook>findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Webhook", id));
    }
}
