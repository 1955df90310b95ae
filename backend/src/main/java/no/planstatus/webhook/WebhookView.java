package no.planstatus.webhook;

import java.time.Instant;
import no.planstatus.change.Snapshot;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Webhook", description = "A registered webhook; its secret is never shown.")
public record WebhookView(
        @Schema(required = true) long id,
        @Schema(required = true) String url,
        @Schema(nullable = true) String description,
        @Schema(required = true) String createdBy,
        @Schema(required = true) Instant createdAt,
        @Schema(nullable = true, description = "The newest delivery attempt, if any: how the receiver is doing.")
        DeliveryView lastDelivery) implements Snapshot {

    /** The webhook as registered, without its delivery log: what the audit trail records. */
    static WebhookView of(Webhook webhook) {
        return of(webhook, null);
    }

    static WebhookView of(Webhook webhook, WebhookDelivery lastDelivery) {
        return new WebhookView(webhook.id, webhook.url, webhook.description, webhook.createdBy, webhook.createdAt,
                lastDelivery == null ? null : DeliveryView.of(lastDelivery));
    }
}
