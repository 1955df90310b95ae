package no.planstatus.measure;

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
        String reference) {

    public static MeasureFilter byGoal(long goalId) {
        return new MeasureFilter(null, null, goalId, null, null, null, null);
    }

    /** Every measure under the strategic plan's goals, or every measure when the id is null. */
    public static MeasureFilter byStrategicPlan(Long strategicPlanId) {
        return new MeasureFilter(strategicPlanId, null, null, null, null, null, null);
    }
}
