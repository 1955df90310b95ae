package no.planstatus.statusreport;

import no.planstatus.report.StatusCounts;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A published status report as lists show it. */
public record StatusReportSummary(
        @Schema(required = true) long id,
        @Schema(required = true) long actionPlanId,
        @Schema(required = true) long periodId,
        @Schema(required = true) String periodLabel,
        @Schema(required = true) String title,
        @Schema(required = true) int version,
        @Schema(required = true) Instant publishedAt,
        @Schema(nullable = true) Long supersededById,
        @Schema(nullable = true) Correction correction,
        @Schema(required = true) StatusCounts counts) {

    /** Why this version corrects the one before it. */
    @Schema(name = "StatusReportCorrectionNote")
    public record Correction(@Schema(required = true) String reason, @Schema(required = true) long previousId) {
    }
}
