package no.planstatus.statusreport;

import java.time.Instant;

/** A published status report as lists show it. */
public record StatusReportSummary(
        long id,
        long actionPlanId,
        long periodId,
        String periodLabel,
        String title,
        int version,
        Instant publishedAt,
        Long supersededById,
        Correction correction,
        StatusCounts counts) {

    /** Why this version corrects the one before it. */
    public record Correction(String reason, long previousId) {
    }
}
