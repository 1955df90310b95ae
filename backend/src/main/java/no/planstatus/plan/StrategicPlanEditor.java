package no.planstatus.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.transaction.Transactional;
import no.planstatus.change.Change;
import no.planstatus.change.ChangeKind;
import no.planstatus.change.Changes;
import no.planstatus.change.SnapshotShape;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.Versions;

/** Changes a strategic plan's own fields; its goals and action plans have editors of their own. */
@ApplicationScoped
@Transactional
public class StrategicPlanEditor {

    private final PlanService plans;
    private final Changes changes;

    public StrategicPlanEditor(PlanService plans, Changes changes) {
        this.plans = plans;
        this.changes = changes;
    }

    @Produces
    static SnapshotShape strategicPlanShape() {
        return SnapshotShape.of(ChangeKind.Resource.STRATEGIC_PLAN, StrategicPlanSnapshot.class);
    }

    /** Sections and councils are written by the importer only; their snapshots are read back like the plan's. */
    @Produces
    static SnapshotShape planSectionShape() {
        return SnapshotShape.of(ChangeKind.Resource.PLAN_SECTION, PlanSectionSnapshot.class);
    }

    @Produces
    static SnapshotShape councilShape() {
        return SnapshotShape.of(ChangeKind.Resource.COUNCIL, CouncilSnapshot.class);
    }

    public StrategicPlanView update(long id, String ifMatch, StrategicPlanInput.Update input) {
        StrategicPlan plan = StrategicPlan.<StrategicPlan>findByIdOptional(id)
                .orElseThrow(() -> ApiProblem.notFound("Strategisk plan", id));
        Versions.requireMatch(ifMatch, plan.version);
        StrategicPlanSnapshot before = StrategicPlanSnapshot.of(plan);
        PlanRules.requireStrategicPlanPeriod(input.periodStart(), input.periodEnd(),
                ActionPlan.listByStrategicPlan(id));
        plan.title = input.title().trim();
        plan.periodStart = input.periodStart();
        plan.periodEnd = input.periodEnd();
        plan.adoptedBy = PlanRules.trimToNull(input.adoptedBy());
        plan.adoptedOn = PlanRules.trimToNull(input.adoptedOn());
        plan.closingStatement = PlanRules.trimToNull(input.closingStatement());
        StrategicPlan.flush();
        changes.publish(Change.updated(ChangeKind.STRATEGIC_PLAN_UPDATED, null, before,
                StrategicPlanSnapshot.of(plan)));
        return plans.getStrategicPlan(id).orElseThrow();
    }
}
