package no.planstatus.measure;

import java.time.Instant;
import no.planstatus.report.Assessment;
import no.planstatus.report.MeasureStatus;
import no.planstatus.responsibility.ResponsibilityRole;

/** Which measures to list; a null field does not filter. */
public record MeasureFilter(
        Long strategicPlanId,
        Long actionPlanId,
        Long goalId,
        Long partyId,
        ResponsibilityRole role,
        MeasureStatus status,
        String reference,
        Assessment assessment,
        Instant changedSince,
        /** True: only measures behind for their plan's latest closed period; false: only those that are not. */
        Boolean stale,
        /** Free text: case-insensitive, contained in the reference, the text or the responsibility text. */
        String text) {

    public MeasureFilter(Long strategicPlanId, Long actionPlanId, Long goalId, Long partyId, ResponsibilityRole role,
            MeasureStatus status, String reference, Assessment assessment, Instant changedSince, Boolean stale) {
        this(strategicPlanId, actionPlanId, goalId, partyId, role, status, reference, assessment, changedSince, stale,
                null);
    }

    public MeasureFilter(Long strategicPlanId, Long actionPlanId, Long goalId, Long partyId, ResponsibilityRole role,
            MeasureStatus status, String reference) {
        this(strategicPlanId, actionPlanId, goalId, partyId, role, status, reference, null, null, null, null);
    }

    public static MeasureFilter byGoal(long goalId) {
        return new MeasureFilter(null, null, goalId, null, null, null, null);
    }

    /** Every measure under the strategic plan's goals, or every measure when the id is null. */
    public static MeasureFilter byStrategicPlan(Long strategicPlanId) {
        return new MeasureFilter(strategicPlanId, null, null, null, null, null, null);
    }
}
