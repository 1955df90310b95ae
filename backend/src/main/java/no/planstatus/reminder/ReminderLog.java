package no.planstatus.reminder;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One e-mail sent, or not sent, for a reporting round: a reminder digest or a personal report link. Editors see the
 * log on the round page. Plain ids, not associations, so that the log outlives what it names.
 */
@Entity
@Table(name = "reminder_log")
public class ReminderLog extends PanacheEntity {

    @Column(name = "round_id", nullable = false)
    public long roundId;

    /** E.g. BEFORE_DEADLINE, AFTER_DEADLINE, MANUAL, INVITATION. */
    @Column(nullable = false)
    public String kind;

    @Column(name = "recipient_name", nullable = false)
    public String recipientName;

    @Column(name = "recipient_email", nullable = false)
    public String recipientEmail;

    @Column(name = "account_id")
    public Long accountId;

    @Column(name = "party_id")
    public Long partyId;

    @Column(name = "measure_count", nullable = false)
    public int measureCount;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;

    /** SENT, FAILED or NOT_CONFIGURED (no SMTP server is configured, so nothing was sent). */
    @Column(nullable = false)
    public String outcome;

    public String error;
}
