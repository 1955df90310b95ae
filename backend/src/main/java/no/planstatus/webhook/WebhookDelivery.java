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

/** One attempt to deliver an event to a webhook; a retry is a new row with the same delivery key. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntity {

    public enum State {
        PENDING,
        SUCCEEDED,
        FAILED
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

    public static List<WebhookDelivery> listDue(Instant now, int max) {
        return find("state = ?1 and dueAt <= ?2 order by dueAt, id", State.PENDING, now).page(0, max).list();
    }

    public static Optional<WebhookDelivery> findNewest(long webhookId) {
        return find("webhook.id = ?1 order by id desc", webhookId).firstResultOptional();
    }

    public static List<WebhookDelivery> listByWebhook(long webhookId, int max) {
        return find("webhook.id = ?1 order by id desc", webhookId).page(0, max).list();
    }
}
