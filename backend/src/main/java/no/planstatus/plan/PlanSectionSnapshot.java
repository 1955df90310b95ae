package no.planstatus.plan;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import no.planstatus.change.Snapshot;

/** A section of a strategic plan, as the audit trail keeps it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlanSectionSnapshot(long id, long version, Long strategicPlanId, int position, String title)
        implements Snapshot {

    public static PlanSectionSnapshot of(PlanSection section) {
        return new PlanSectionSnapshot(section.id, section.version, section.strategicPlan.id, section.position,
                section.title);
    }
}
