package no.planstatus.reminder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What one sending of reminders for a round did: one digest per person who still owes.")
public record ReminderRun(
        @Schema(required = true, description = "Whether an SMTP server is configured; when not, nothing was sent "
                + "and nothing logged.") boolean configured,
        @Schema(required = true, description = "People who still owe a report in the round.") int owing,
        @Schema(required = true, description = "Reminders the SMTP server accepted.") int sent,
        @Schema(required = true, description = "Reminders not sent: the server refused them (see the log), or no "
                + "server is configured.") int notSent,
        @Schema(required = true, description = "People left out because they were reminded for the round today "
                + "already (at most one reminder per person per round per day).") int alreadyReminded) {
}
