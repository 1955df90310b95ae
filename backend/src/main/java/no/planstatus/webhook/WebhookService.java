package no.planstatus.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.planstatus.change.Change;
import no.planstatus.change.ChangeKind;
import no.planstatus.change.Changes;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.PlanstatusConfig;
import no.planstatus.security.Caller;

/**
 * Registers webhooks and queues deliveries. Deliveries are written in the change's own transaction (an outbox, fed
 * by {@link ReportWebhooks}), so only committed changes are ever sent; after commit {@link WebhookSender} sends
 * them at once.
 */
@ApplicationScoped
@Transactional
public class WebhookService {

    private static final int LOG_SIZE = 200;

    private final Caller caller;
    private final Changes changes;
    private final ObjectMapper json;
    private final TransactionSynchronizationRegistry transactions;
    private final WebhookSender sender;
    private final ReceiverAddress.Policy policy;

    public WebhookService(Caller caller, Changes changes, ObjectMapper json,
            TransactionSynchronizationRegistry transactions, WebhookSender sender, PlanstatusConfig config) {
        this.caller = caller;
        this.changes = changes;
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
        changes.publish(Change.created(ChangeKind.WEBHOOK_REGISTERED, null, registered));
        return registered;
    }

    /** Removes the webhook and its delivery log; pending deliveries are dropped. */
    public void delete(long id) {
        Webhook webhook = find(id);
        WebhookView before = WebhookView.of(webhook);
        WebhookDelivery.delete("webhook.id", id);
        webhook.delete();
        changes.publish(Change.deleted(ChangeKind.WEBHOOK_DELETED, null, before));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DeliveryView> deliveries(long id) {
        find(id);
        return WebhookDelivery.listByWebhook(id, LOG_SIZE).stream().map(DeliveryView::of).toList();
    }

    /**
     * Queues one delivery of the event per webhook, inside the writing transaction. The body is the event's name,
     * when it occurred, then {@code fields} in their order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void enqueue(String event, Map<String, Object> fields) {
        List<Webhook> webhooks = Webhook.listAll();
        if (webhooks.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        String payload = payload(event, now, fields);
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

    private String payload(String event, Instant occurredAt, Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", event);
        body.put("occurredAt", occurredAt);
        body.putAll(fields);
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
