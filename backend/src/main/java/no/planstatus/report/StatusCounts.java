package no.planstatus.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How many measures have each status and each assessment. Every status is listed in enum order (NOT_REPORTED
 * first) and every assessment (then «Ikke vurdert» for none), even at 0, so that tables built from it always
 * have the same rows. The dashboard and the published status reports count this way.
 */
@Schema(description = "How many measures have each status and each assessment; every status and assessment is "
        + "listed, in a fixed order, also when its count is 0.")
public record StatusCounts(
        @Schema(required = true, description = "Number of measures counted.") int total,
        @Schema(required = true, description = "One entry per status, in the order of MeasureStatus.")
        List<StatusCount> byStatus,
        @Schema(required = true, description = "ON_TRACK, AT_RISK, OFF_TRACK, then null (no assessment).")
        List<AssessmentCount> byAssessment) {

    /** The label of measures without an assessment (not reported, or reported without one). */
    public static final String NOT_ASSESSED = "Ikke vurdert";

    @Schema(description = "The number of measures with a status.")
    public record StatusCount(
            @Schema(required = true) MeasureStatus status,
            @Schema(required = true, examples = "Fullført") String label,
            @Schema(required = true) int count) {
    }

    @Schema(description = "The number of measures with an assessment; assessment null counts those without one.")
    public record AssessmentCount(
            @Schema(nullable = true) Assessment assessment,
            @Schema(required = true, examples = "Ikke vurdert") String label,
            @Schema(required = true) int count) {
    }

    /** Counts the statuses given: one per measure. */
    public static StatusCounts of(Collection<CurrentStatus> statuses) {
        return of(statuses, CurrentStatus::status, CurrentStatus::assessment);
    }

    /** Counts items, one per measure, by the status and assessment each gives (the assessment may be null). */
    public static <T> StatusCounts of(Collection<T> items, Function<T, MeasureStatus> statusOf,
            Function<T, Assessment> assessmentOf) {
        Map<MeasureStatus, Integer> byStatus = new EnumMap<>(MeasureStatus.class);
        Map<Assessment, Integer> byAssessment = new EnumMap<>(Assessment.class);
        int unassessed = 0;
        for (T item : items) {
            byStatus.merge(statusOf.apply(item), 1, Integer::sum);
            Assessment assessment = assessmentOf.apply(item);
            if (assessment == null) {
                unassessed++;
            } else {
                byAssessment.merge(assessment, 1, Integer::sum);
            }
        }
        List<StatusCount> statusRows = new ArrayList<>();
        for (MeasureStatus status : MeasureStatus.values()) {
            statusRows.add(new StatusCount(status, status.label(), byStatus.getOrDefault(status, 0)));
        }
        List<AssessmentCount> assessmentRows = new ArrayList<>();
        for (Assessment assessment : Assessment.values()) {
            assessmentRows.add(new AssessmentCount(assessment, assessment.label(),
                    byAssessment.getOrDefault(assessment, 0)));
        }
        assessmentRows.add(new AssessmentCount(null, NOT_ASSESSED, unassessed));
        return new StatusCounts(items.size(), List.copyOf(statusRows), List.copyOf(assessmentRows));
    }

    /** The count of one status. */
    public int count(MeasureStatus status) {
        return byStatus.stream().filter(row -> row.status() == status).mapToInt(StatusCount::count).sum();
    }

    /** The count of one assessment; null for those without one. */
    public int count(Assessment assessment) {
        return byAssessment.stream().filter(row -> row.assessment() == assessment)
                .mapToInt(AssessmentCount::count).sum();
    }
}
