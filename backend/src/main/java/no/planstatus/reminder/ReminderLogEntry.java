package no.planstatus.reminder;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One e-mail of a round's send log: a reminder digest or a personal report link.")
public record ReminderLogEntry(
        @Schema(required = true) long id,
        @Schema(required = true, description = "BEFORE_DEADLINE, AFTER_DEADLINE, MANUAL (reminders) or another "
                + "kind of round e-mail, such as INVITATION.", examples = "BEFORE_DEADLINE") String kind,
        @Schema(required = true, examples = "Kari Nordmann") String recipientName,
        @Schema(required = true, examples = "kari.nordmann@kommune.no") String recipientEmail,
        @Schema(nullable = true) Long partyId,
        @Schema(required = true, description = "How many owed measures the mail listed.") int measureCount,
        @Schema(required = true) Instant sentAt,
        @Schema(required = true, description = "SENT, FAILED, NOT_CONFIGURED, or SENDING while (or if it stopped "
                + "while) being sent.") String outcome,
        @Schema(nullable = true, description = "Why it was not sent.") String error) {

    static ReminderLogEntry of(ReminderLog log) {
        return new ReminderLogEntry(log.id, log.kind, log.recipientName, log.recipientEmail, log.partyId,
                log.measureCount, log.sentAt, log.outcome, log.error);
    }
}
