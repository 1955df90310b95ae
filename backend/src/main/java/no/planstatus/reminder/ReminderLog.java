package no.planstatus.reminder;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

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

    /**
     * For a reminder: the day (Europe/Oslo) it is the one reminder of, for this round and address. Inserting the row
     * claims the day (unique with {@code round_id} and {@code recipient_email}; V15); a failed send clears it, so the
     * person can be reminded again the same day. Null for other mail.
     */
    @Column(name = "reminder_on")
    public LocalDate reminderOn;

    /**
     * SENT, FAILED or NOT_CONFIGURED (no SMTP server is configured, so nothing was sent); SENDING while a reminder
     * is being sent (and for good if the instance stopped in the middle: then it may or may not have arrived).
     */
    @Column(nullable = false)
    public String outcome;

    public String error;
}
