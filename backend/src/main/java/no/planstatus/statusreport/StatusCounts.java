package no.planstatus.statusreport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import no.planstatus.report.Assessment;
import no.planstatus.report.MeasureStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How many measures have each status and each assessment: every status in enum order (NOT_REPORTED first) and every
 * assessment then «Ikke vurdert» (null), zeros included.
 */
public record StatusCounts(int total, List<ByStatus> byStatus, List<ByAssessment> byAssessment) {

    static final String NOT_ASSESSED = "Ikke vurdert";

    @Schema(name = "StatusCount")
    public record ByStatus(MeasureStatus status, String label, int count) {
    }

    @Schema(name = "AssessmentCount")
    public record ByAssessment(Assessment assessment, String label, int count) {
    }

    static StatusCounts of(Collection<StatusReportView.MeasureEntry> measures) {
        List<ByStatus> byStatus = new ArrayList<>();
        for (MeasureStatus status : MeasureStatus.values()) {
            byStatus.add(new ByStatus(status, status.label(),
                    (int) measures.stream().filter(m -> m.status() == status).count()));
        }
        List<ByAssessment> byAssessment = new ArrayList<>();
        List<Assessment> assessments = new ArrayList<>(Arrays.asList(Assessment.values()));
        assessments.add(null);
        for (Assessment assessment : assessments) {
            byAssessment.add(new ByAssessment(assessment, assessment == null ? NOT_ASSESSED : assessment.label(),
                    (int) measures.stream().filter(m -> m.assessment() == assessment).count()));
        }
        return new StatusCounts(measures.size(), byStatus, byAssessment);
    }
}
