package no.planstatus.webhook;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookDelivery", description = "One attempt to deliver an event to a webhook.")
public record DeliveryView(
        @Schema(required = true) long id,
        @Schema(required = true, description = "Sent as X-Planstatus-Delivery; the same for every attempt of one "
                + "event.") String deliveryId,
        @Schema(required = true, examples = "report.created") String event,
        @Schema(required = true, description = "1 for the first attempt; at most 5.") int attempt,
        @Schema(required = true, description = "PENDING (not tried yet), SUCCEEDED (2xx) or FAILED.") String state,
        @Schema(nullable = true, description = "The receiver's HTTP status code.") Integer statusCode,
        @Schema(nullable = true, description = "Why the attempt failed, as a sentence in Norwegian for people (a "
                + "non-2xx status, no answer in time, a refused connection, an unknown name, a TLS error, or an "
                + "address Planstatus does not send to); null when it succeeded or was not made yet.") String error,
        @Schema(required = true) Instant createdAt,
        @Schema(nullable = true, description = "When the attempt was made.") Instant attemptedAt,
        @Schema(nullable = true, description = "When the next attempt is due, for a failed attempt that will be "
                + "retried.") Instant nextRetryAt) {

    static DeliveryView of(WebhookDelivery d) {
        return new DeliveryView(d.id, d.deliveryKey, d.event, d.attempt, d.state.name(), d.statusCode, d.error,
                d.createdAt, d.attemptedAt, d.nextRetryAt);
    }

    @Schema(name = "WebhookDeliveryList", description = "Attempts, newest first (at most 200).")
    public record DeliveryList(@Schema(required = true) List<DeliveryView> items) {
    }
}
