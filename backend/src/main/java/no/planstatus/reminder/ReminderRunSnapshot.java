package no.planstatus.reminder;

import java.time.LocalDate;
import java.util.List;
import no.planstatus.change.Snapshot;

/**
 * What the audit trail keeps of one sending of reminders (REMINDERS_SENT): the round (as {@code id}), why, for which
 * day, the counts and the addresses that were sent to. The send log has the details per mail.
 */
public record ReminderRunSnapshot(long id, ReminderKind kind, LocalDate day, int sent, int notSent,
        int alreadyReminded, List<String> recipients) implements Snapshot {
}
