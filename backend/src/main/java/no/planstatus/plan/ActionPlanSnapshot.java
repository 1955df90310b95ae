package no.planstatus.plan;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import no.planstatus.change.Snapshot;

/** An action plan's own fields, as the audit trail keeps them; its measures are changes of their own. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActionPlanSnapshot(long id, long version, String code, String title, int periodStart, int periodEnd,
        String adoptedBy, String adoptedOn, Long strategicPlanId, String introduction, String measuresIntroduction)
        implements Snapshot {

    public static ActionPlanSnapshot of(ActionPlan plan) {
        return new ActionPlanSnapshot(plan.id, plan.version, plan.code, plan.title, plan.periodStart, plan.periodEnd,
                plan.adoptedBy, plan.adoptedOn, plan.strategicPlan.id, plan.introduction, plan.measuresIntroduction);
    }
}
