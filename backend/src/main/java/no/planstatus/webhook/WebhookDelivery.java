package no.planstatus.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One attempt to deliver an event to a webhook; a retry is a new row with the same delivery key. A pending attempt
 * is claimed by one instance ({@link #claimedBy}, {@link #claimedUntil}) before it is sent; see {@link WebhookSender}.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntity {

    public enum State {
        /** Not made yet (or being made by the instance that claimed it). */
        PENDING,
        /** The receiver answered 2xx. */
        SUCCEEDED,
        /** Failed; a retry is queued for {@link #nextRetryAt}. */
        FAILED,
        /** Failed, and no retry follows («mislyktes»): an admin may send it again. */
        GAVE_UP
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "webhook_id", nullable = false)
    public Webhook webhook;

    @Column(name = "delivery_key", nullable = false)
    public String deliveryKey;

    @Column(nullable = false)
    public String event;

    @Column(nullable = false)
    public String payload;

    @Column(nullable = false)
    public int attempt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(name = "status_code")
    public Integer statusCode;

    public String error;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "attempted_at")
    public Instant attemptedAt;

    @Column(name = "next_retry_at")
    public Instant nextRetryAt;

    /** The instance that claimed this attempt, and until when its claim holds (then any instance may take it). */
    @Column(name = "claimed_by")
    public String claimedBy;

    @Column(name = "claimed_until")
    public Instant claimedUntil;

    /** A new pending attempt of the same delivery (same key, event and payload), due at {@code dueAt}. */
    WebhookDelivery nextAttempt(Instant now, Instant due) {
        WebhookDelivery next = new WebhookDelivery();
        next.webhook = webhook;
        next.deliveryKey = deliveryKey;
        next.event = event;
        next.payload = payload;
        next.attempt = attempt + 1;
        next.state = State.PENDING;
        next.createdAt = now;
        next.dueAt = due;
        return next;
    }

    /** The attempt of the webhook that is next in line: its oldest pending one, claimed or not. */
    public static Optional<WebhookDelivery> findNextPending(long webhookId) {
        return find("webhook.id = ?1 and state = ?2 order by dueAt, id", webhookId, State.PENDING)
                .firstResultOptional();
    }

    /** Whether a newer attempt of the same delivery exists (then this one was retried or sent again). */
    public boolean hasLaterAttempt() {
        return count("deliveryKey = ?1 and attempt > ?2", deliveryKey, attempt) > 0;
    }

    /*
     * Newest first by creation time, not by id: every instance allocates ids from its own block of the sequence, so
     * a retry written by one instance may have a lower id than the attempt another instance made before it.
     */
    public static Optional<WebhookDelivery> findNewest(long webhookId) {
        return find("webhook.id = ?1 order by createdAt desc, attempt desc, id desc", webhookId)
                .firstResultOptional();
    }

    public static List<WebhookDelivery> listByWebhook(long webhookId, int max) {
        return find("webhook.id = ?1 order by createdAt desc, attempt desc, id desc", webhookId).page(0, max).list();
    }
}
