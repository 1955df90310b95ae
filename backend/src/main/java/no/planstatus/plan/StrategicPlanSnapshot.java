package no.planstatus.plan;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import no.planstatus.change.Snapshot;

/** A strategic plan's own fields, as the audit trail keeps them; goals and action plans are changes of their own. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StrategicPlanSnapshot(long id, long version, Long councilId, String code, String title,
        int periodStart, int periodEnd, String adoptedBy, String adoptedOn, String closingStatement)
        implements Snapshot {

    public static StrategicPlanSnapshot of(StrategicPlan plan) {
        return new StrategicPlanSnapshot(plan.id, plan.version, plan.council.id, plan.code, plan.title,
                plan.periodStart, plan.periodEnd, plan.adoptedBy, plan.adoptedOn, plan.closingStatement);
    }
}
