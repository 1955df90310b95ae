package no.planstatus.statusreport;

import no.planstatus.report.StatusCounts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.planstatus.report.Assessment;
import no.planstatus.report.MeasureStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A published status report: its summary fields and the snapshot of the action plan for the period as it was when
 * it was published. Stored as JSON with {@code supersededById} null; the answer fills that in.
 */
@Schema(name = "StatusReport")
public record StatusReportView(
        @Schema(required = true) long id,
        @Schema(required = true) long actionPlanId,
        @Schema(required = true) long periodId,
        @Schema(required = true) String periodLabel,
        @Schema(required = true) String title,
        @Schema(required = true) int version,
        @Schema(required = true) Instant publishedAt,
        @Schema(nullable = true) Long supersededById,
        @Schema(nullable = true) StatusReportSummary.Correction correction,
        @Schema(required = true) StatusCounts counts,
        @Schema(required = true) String council,
        @Schema(required = true) String strategicPlanTitle,
        @Schema(required = true) String actionPlanTitle,
        @Schema(required = true) String actionPlanCode,
        @Schema(nullable = true) String adoptedBy,
        @Schema(nullable = true) String adoptedOn,
        @Schema(required = true) LocalDate periodStartsOn,
        @Schema(required = true) LocalDate periodEndsOn,
        @Schema(required = true) List<GoalEntry> goals,
        @Schema(required = true) List<AppendixLink> appendix,
        @Schema(required = true) ChangesSincePrevious changesSincePrevious) {

    @Schema(name = "StatusReportGoal")
    public record GoalEntry(
            @Schema(required = true) long goalId,
            @Schema(required = true) int number,
            @Schema(required = true) String text,
            @Schema(required = true) StatusCounts counts,
            @Schema(required = true) List<MeasureEntry> measures) {
    }

    @Schema(name = "StatusReportMeasure")
    public record MeasureEntry(
            @Schema(required = true) long measureId,
            @Schema(required = true) String reference,
            @Schema(required = true) String text,
            @Schema(required = true) String responsibilityText,
            @Schema(required = true) List<String> leads,
            @Schema(required = true) List<String> partners,
            @Schema(required = true) MeasureStatus status,
            @Schema(required = true) String statusLabel,
            @Schema(nullable = true) Assessment assessment,
            @Schema(nullable = true) String assessmentLabel,
            @Schema(nullable = true) Integer percentComplete,
            @Schema(nullable = true) String reportPeriodLabel,
            @Schema(nullable = true) LocalDate reportDate,
            @Schema(nullable = true) String comment,
            @Schema(required = true) List<Link> links) {
    }

    @Schema(name = "StatusReportLink")
    public record Link(@Schema(required = true) String url, @Schema(nullable = true) String title) {
    }

    /** A link a report cites, with the reference of the measure it was reported on. */
    @Schema(name = "StatusReportAppendixLink")
    public record AppendixLink(
            @Schema(required = true) String reference,
            @Schema(required = true) String url,
            @Schema(nullable = true) String title) {
    }

    /** What changed since the previous report, one Norwegian line per change, e.g. «Status: Pågår → Fullført». */
    @Schema(name = "StatusReportChanges")
    public record ChangesSincePrevious(
            @Schema(nullable = true) Long previousId,
            @Schema(nullable = true) String previousTitle,
            @Schema(required = true) List<ChangeLine> lines) {
    }

    @Schema(name = "StatusReportChangeLine")
    public record ChangeLine(@Schema(required = true) String reference, @Schema(required = true) String what) {
    }

    StatusReportSummary summary() {
        return new StatusReportSummary(id, actionPlanId, periodId, periodLabel, title, version, publishedAt,
                supersededById, correction, counts);
    }

    StatusReportView withSupersededById(Long newSupersededById) {
        return new StatusReportView(id, actionPlanId, periodId, periodLabel, title, version, publishedAt,
                newSupersededById, correction, counts, council, strategicPlanTitle, actionPlanTitle, actionPlanCode,
                adoptedBy, adoptedOn, periodStartsOn, periodEndsOn, goals, appendix, changesSincePrevious);
    }
}
