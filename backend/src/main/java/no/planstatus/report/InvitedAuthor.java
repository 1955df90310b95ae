package no.planstatus.report;

/**
 * Who writes a report through a personal link, and for which period: the person the link was sent to (no account)
 * and the period of the link's round. The link itself is checked by the caller (package {@code invitation}).
 */
public record InvitedAuthor(long invitationId, String name, String email, long periodId) {
}
