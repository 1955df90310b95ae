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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.planstatus.audit.AuditLog;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.PlanstatusConfig;
import no.planstatus.measure.Measure;
import no.planstatus.report.ReportChanged;
import no.planstatus.security.Caller;

/**
 * Registers webhooks and queues deliveries. Deliveries are written in the report's own transaction (an outbox), so
 * only committed reports are ever sent; after commit {@link WebhookSender} sends them at once.
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
        return WebhookDelivery.listByWebhook(id, LOG_SIZE).stream().map(DeliveryView::of).toList();
    }

    /** Queues one delivery per webhook, inside the report's transaction. */
    void enqueue(@Observes ReportChanged changed) {
        List<Webhook> webhooks = Webhook.listAll();
        if (webhooks.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        String payload = payload(changed, now);
        for (Webhook webhook : webhooks) {
            WebhookDelivery delivery = new WebhookDelivery();
            delivery.webhook = webhook;
            delivery.deliveryKey = UUID.randomUUID().toString();
            delivery.event = changed.event();
            delivery.payload = payload;
            delivery.attempt = 1;
            delivery.state = WebhookDelivery.State.PENDING;
            delivery.createdAt = now;
            delivery.dueAt = now;
            delivery.persist();
        }
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

    private String payload(ReportChanged changed, Instant occurredAt) {
        Measure measure = Measure.findById(changed.measureId());
        Map<String, Object> measureRef = new LinkedHashMap<>();
        measureRef.put("id", changed.measureId());
        measureRef.put("reference", measure == null ? null : measure.reference);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", changed.event());
        body.put("occurredAt", occurredAt);
        body.put("measure", measureRef);
        body.put("report", changed.report());
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
