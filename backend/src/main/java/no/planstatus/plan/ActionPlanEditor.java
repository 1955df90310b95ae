package no.planstatus.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.transaction.Transactional;
import java.util.List;
import no.planstatus.change.Change;
import no.planstatus.change.ChangeKind;
import no.planstatus.change.Changes;
import no.planstatus.change.SnapshotShape;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.Problem;
import no.planstatus.common.ProblemType;
import no.planstatus.common.Versions;
import no.planstatus.measure.Measure;

/** Creates, changes and deletes action plans; every change is versioned and audited. */
@ApplicationScoped
@Transactional
public class ActionPlanEditor {

    private final Changes changes;

    public ActionPlanEditor(Changes changes) {
        this.changes = changes;
    }

    @Produces
    static SnapshotShape snapshotShape() {
        return SnapshotShape.of(ChangeKind.Resource.ACTION_PLAN, ActionPlanSnapshot.class);
    }

    public ActionPlanView create(ActionPlanInput.Create input) {
        StrategicPlan strategicPlan = StrategicPlan.<StrategicPlan>findByIdOptional(input.strategicPlanId())
                .orElseThrow(() -> ApiProblem.invalid("strategicPlanId", "den strategiske planen finnes ikke"));
        PlanRules.requireActionPlanPeriod(strategicPlan, input.periodStart(), input.periodEnd());
        if (ActionPlan.findByCode(input.code()).isPresent()) {
            throw new ApiProblem(ProblemType.CONFLICT, "Koden er allerede i bruk.",
                    List.of(new Problem.Violation("code", "er allerede i bruk")));
        }
        ActionPlan plan = new ActionPlan();
        plan.strategicPlan = strategicPlan;
        plan.code = input.code();
        apply(plan, new ActionPlanInput.Update(input.title(), input.periodStart(), input.periodEnd(),
                input.adoptedBy(), input.adoptedOn(), input.introduction(), input.measuresIntroduction()));
        plan.persist();
        ActionPlan.flush();
        ActionPlanView created = ActionPlanView.of(plan);
        changes.publish(Change.created(ChangeKind.ACTION_PLAN_CREATED, null, ActionPlanSnapshot.of(plan)));
        return created;
    }

    public ActionPlanView update(long id, String ifMatch, ActionPlanInput.Update input) {
        ActionPlan plan = find(id);
        Versions.requireMatch(ifMatch, plan.version);
        ActionPlanSnapshot before = ActionPlanSnapshot.of(plan);
        PlanRules.requireActionPlanPeriod(plan.strategicPlan, input.periodStart(), input.periodEnd());
        apply(plan, input);
        ActionPlan.flush();
        changes.publish(Change.updated(ChangeKind.ACTION_PLAN_UPDATED, null, before, ActionPlanSnapshot.of(plan)));
        return ActionPlanView.of(plan);
    }

    public void delete(long id, String ifMatch) {
        ActionPlan plan = find(id);
        Versions.requireMatch(ifMatch, plan.version);
        if (Measure.count("actionPlan.id", id) > 0) {
            throw new ApiProblem(ProblemType.CONFLICT,
                    "Handlingsplanen har tiltak og kan ikke slettes; slett eller flytt tiltakene først.");
        }
        ActionPlanSnapshot before = ActionPlanSnapshot.of(plan);
        plan.delete();
        changes.publish(Change.deleted(ChangeKind.ACTION_PLAN_DELETED, null, before));
    }

    private static ActionPlan find(long id) {
        return ActionPlan.<ActionPlan>findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Handlingsplan", id));
    }

    private static void apply(ActionPlan plan, ActionPlanInput.Update input) {
        plan.title = input.title().trim();
        plan.periodStart = input.periodStart();
        plan.periodEnd = input.periodEnd();
        plan.adoptedBy = PlanRules.trimToNull(input.adoptedBy());
        plan.adoptedOn = PlanRules.trimToNull(input.adoptedOn());
        plan.introduction = PlanRules.trimToNull(input.introduction());
        plan.measuresIntroduction = PlanRules.trimToNull(input.measuresIntroduction());
    }
}
