package no.planstatus.webhook;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Registered webhooks, newest first.")
public record WebhookList(@Schema(required = true) List<WebhookView> items) {
}
