package no.planstatus.statusreport;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
    @Schema(name = "StatusReportCorrection")
    public record Correction(String reason, long previousId) {
    }
}
