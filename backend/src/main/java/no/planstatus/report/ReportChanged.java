package no.planstatus.report;

/**
 * Fired inside the write transaction when a report is created or corrected. Observers that act after commit use
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}.
 */
public record ReportChanged(String event, long measureId, ReportView report) {

    public static final String CREATED = "report.created";
    public static final String CORRECTED = "report.corrected";
}
