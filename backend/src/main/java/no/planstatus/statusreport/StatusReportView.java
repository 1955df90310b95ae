package no.planstatus.statusreport;

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
        long id,
        long actionPlanId,
        long periodId,
        String periodLabel,
        String title,
        int version,
        Instant publishedAt,
        Long supersededById,
        StatusReportSummary.Correction correction,
        StatusCounts counts,
        String council,
        String strategicPlanTitle,
        String actionPlanTitle,
        String actionPlanCode,
        String adoptedBy,
        String adoptedOn,
        LocalDate periodStartsOn,
        LocalDate periodEndsOn,
        List<GoalEntry> goals,
        List<AppendixLink> appendix,
        ChangesSincePrevious changesSincePrevious) {

    @Schema(name = "StatusReportGoal")
    public record GoalEntry(long goalId, int number, String text, StatusCounts counts, List<MeasureEntry> measures) {
    }

    @Schema(name = "StatusReportMeasure")
    public record MeasureEntry(
            long measureId,
            String reference,
            String text,
            String responsibilityText,
            List<String> leads,
            List<String> partners,
            MeasureStatus status,
            String statusLabel,
            Assessment assessment,
            String assessmentLabel,
            Integer percentComplete,
            String reportPeriodLabel,
            LocalDate reportDate,
            String comment,
            List<Link> links) {
    }

    @Schema(name = "StatusReportLink")
    public record Link(String url, String title) {
    }

    /** A link a report cites, with the reference of the measure it was reported on. */
    @Schema(name = "StatusReportAppendixLink")
    public record AppendixLink(String reference, String url, String title) {
    }

    /** What changed since the previous report, one Norwegian line per change, e.g. «Status: Pågår → Fullført». */
    @Schema(name = "StatusReportChanges")
    public record ChangesSincePrevious(Long previousId, String previousTitle, List<ChangeLine> lines) {
    }

    @Schema(name = "StatusReportChangeLine")
    public record ChangeLine(String reference, String what) {
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
