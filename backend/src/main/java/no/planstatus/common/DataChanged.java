package no.planstatus.common;

/**
 * Fired synchronously, inside the writing transaction, after a change has been recorded in the audit trail.
 *
 * @param entityType the audit name of what changed ("measure", "report", "goal", "action-plan", …)
 * @param measureId the measure the change belongs to, if any
 */
public record DataChanged(String entityType, long entityId, Long measureId) {
}
