package no.planstatus.reminder;

/** Why a reminder was sent; stored as {@code reminder_log.kind}. */
public enum ReminderKind {
    /** On one of the configured days before the deadline (PLANSTATUS_REMINDERS_DAYS_BEFORE). */
    BEFORE_DEADLINE,
    /** On one of the configured days after the deadline (PLANSTATUS_REMINDERS_DAYS_AFTER). */
    AFTER_DEADLINE,
    /** An editor's «Send påminnelse nå». */
    MANUAL
}
