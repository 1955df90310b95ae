package no.planstatus.webhook;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Webhook", description = "A registered webhook; its secret is never shown.")
public record WebhookView(
        @Schema(required = true) long id,
        @Schema(required = true) String url,
        @Schema(nullable = true) String description,
        @Schema(required = true) String createdBy,
        @Schema(required = true) Instant createdAt) {

    static WebhookView of(Webhook webhook) {
        return new WebhookView(webhook.id, webhook.url, webhook.description, webhook.createdBy, webhook.createdAt);
    }
}
