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
        @Schema(required = true, description = "1 for the first attempt, then one per retry (by default at most 6: "
                + "the first and 5 retries); an attempt sent again by an admin counts on.") int attempt,
        @Schema(required = true, enumeration = {"PENDING", "SUCCEEDED", "FAILED", "GAVE_UP"}, description = "PENDING "
                + "(not made yet, or being made), SUCCEEDED (2xx), FAILED (failed; the retry is due at nextRetryAt) or "
                + "GAVE_UP (failed, and no retry follows: «mislyktes»; an admin may send it again).") String state,
        @Schema(nullable = true, description = "The receiver's HTTP status code.") Integer statusCode,
        @Schema(nullable = true, description = "Why the attempt failed, as a sentence in Norwegian for people (a "
                + "non-2xx status, no answer in time, a refused connection, an unknown name, a TLS error, or an "
                + "address Planstatus does not send to); null when it succeeded or was not made yet.") String error,
        @Schema(required = true) Instant createdAt,
        @Schema(nullable = true, description = "When the attempt was made.") Instant attemptedAt,
        @Schema(nullable = true, description = "When the next attempt is due, for a failed attempt that will be "
                + "retried.") Instant nextRetryAt,
        @Schema(required = true, description = "Whether this attempt may be sent again (POST …/resend): it gave up "
                + "and is the newest attempt of its delivery.") boolean resendable) {

    /** The newest attempt of its delivery. */
    static DeliveryView of(WebhookDelivery d) {
        return of(d, d.state == WebhookDelivery.State.GAVE_UP);
    }

    static DeliveryView of(WebhookDelivery d, boolean resendable) {
        return new DeliveryView(d.id, d.deliveryKey, d.event, d.attempt, d.state.name(), d.statusCode, d.error,
                d.createdAt, d.attemptedAt, d.nextRetryAt, resendable);
    }

    @Schema(name = "WebhookDeliveryList", description = "Attempts, newest first (at most 200).")
    public record DeliveryList(@Schema(required = true) List<DeliveryView> items) {
    }
}
