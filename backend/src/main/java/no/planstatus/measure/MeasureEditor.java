package no.planstatus.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import no.planstatus.change.Change;
import no.planstatus.change.ChangeKind;
import no.planstatus.change.Changes;
import no.planstatus.change.SnapshotShape;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.Problem;
import no.planstatus.common.ProblemType;
import no.planstatus.common.Versions;
import no.planstatus.goal.Goal;
import no.planstatus.plan.ActionPlan;
import no.planstatus.report.ProgressReport;
import no.planstatus.responsibility.Responsibility;

/** Creates, changes, moves and deletes measures; every change is versioned and audited. */
@ApplicationScoped
@Transactional
public class MeasureEditor {

    private final MeasureViews views;
    private final Changes changes;

    public MeasureEditor(MeasureViews views, Changes changes) {
        this.views = views;
        this.changes = changes;
    }

    @Produces
    static SnapshotShape snapshotShape() {
        return new SnapshotShape(ChangeKind.Resource.MEASURE, MeasureSnapshot.class, MeasureSnapshot::upgrade);
    }

    public MeasureSummary create(MeasureInput.Create input) {
        ActionPlan plan = ActionPlan.<ActionPlan>findByIdOptional(input.actionPlanId())
                .orElseThrow(() -> ApiProblem.invalid("actionPlanId", "handlingsplanen finnes ikke"));
        Goal goal = goalOf(plan, input.goalId());
        Measure measure = new Measure();
        measure.actionPlan = plan;
        measure.goal = goal;
        measure.text = input.text().trim();
        measure.responsibilityText = input.responsibilityText().trim();
        List<Measure> siblings = siblings(plan.id, goal.id, null);
        measure.position = siblings.size() + 1;
        measure.reference = input.reference() != null ? input.reference()
                : freeReference(plan.code + "/" + goal.number + ".", measure.position);
        if (Measure.findByReference(measure.reference).isPresent()) {
            throw new ApiProblem(ProblemType.CONFLICT, "Referansen er allerede i bruk.",
                    List.of(new Problem.Violation("reference", "er allerede i bruk")));
        }
        measure.persist();
        Measure.flush();
        changes.publish(Change.created(ChangeKind.MEASURE_CREATED, measure.id, MeasureSnapshot.of(measure)));
        return views.summary(measure);
    }

    public MeasureSummary update(long id, String ifMatch, MeasureInput.Update input) {
        Measure measure = Measure.<Measure>findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Tiltak", id));
        Versions.requireMatch(ifMatch, measure.version);
        MeasureSnapshot before = MeasureSnapshot.of(measure);
        Goal goal = goalOf(measure.actionPlan, input.goalId());
        // Query everything before changing anything: a query flushes pending changes, and each flush with
        // changes would count as a version of its own.
        List<Measure> newSiblings = siblings(measure.actionPlan.id, goal.id, measure.id);
        List<Measure> oldSiblings = goal.id.equals(measure.goal.id) ? List.of()
                : siblings(measure.actionPlan.id, measure.goal.id, measure.id);
        measure.goal = goal;
        measure.text = input.text().trim();
        measure.responsibilityText = input.responsibilityText().trim();
        List<Measure> ordered = new ArrayList<>(newSiblings);
        ordered.add(Math.min(Math.max(input.position(), 1), ordered.size() + 1) - 1, measure);
        renumber(ordered);
        renumber(oldSiblings);
        Measure.flush();
        changes.publish(Change.updated(ChangeKind.MEASURE_UPDATED, measure.id, before, MeasureSnapshot.of(measure)));
        return views.summary(measure);
    }

    public void delete(long id, String ifMatch) {
        Measure measure = Measure.<Measure>findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Tiltak", id));
        Versions.requireMatch(ifMatch, measure.version);
        if (ProgressReport.count("measure.id", id) > 0) {
            throw new ApiProblem(ProblemType.CONFLICT,
                    "Tiltaket har statusrapporter og kan ikke slettes; historikken skal bevares.");
        }
        MeasureSnapshot before = MeasureSnapshot.of(measure);
        // Removed as entities, not by a bulk delete, which would leave any loaded into the session pointing at the
        // deleted measure.
        Responsibility.listByMeasure(id).forEach(Responsibility::delete);
        measure.delete();
        renumber(siblings(measure.actionPlan.id, measure.goal.id, id));
        changes.publish(Change.deleted(ChangeKind.MEASURE_DELETED, id, before));
    }

    private static Goal goalOf(ActionPlan plan, long goalId) {
        Goal goal = Goal.<Goal>findByIdOptional(goalId)
                .orElseThrow(() -> ApiProblem.invalid("goalId", "målet finnes ikke"));
        if (goal.strategicPlan.id != plan.strategicPlan.id) {
            throw ApiProblem.invalid("goalId", "målet hører til en annen strategisk plan enn handlingsplanen");
        }
        return goal;
    }

    private static void renumber(List<Measure> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).position != i + 1) {
                ordered.get(i).position = i + 1;
            }
        }
    }

    private static List<Measure> siblings(long actionPlanId, long goalId, Long except) {
        return Measure.<Measure>list("actionPlan.id = ?1 and goal.id = ?2 order by position, id", actionPlanId,
                goalId).stream().filter(m -> !m.id.equals(except)).toList();
    }

    private static String freeReference(String prefix, int position) {
        int candidate = position;
        while (Measure.findByReference(prefix + candidate).isPresent()) {
            candidate++;
        }
        return prefix + candidate;
    }
}
