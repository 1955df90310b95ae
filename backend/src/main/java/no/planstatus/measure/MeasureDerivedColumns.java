package no.planstatus.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.planstatus.change.Change;
import no.planstatus.change.ChangeBatch;
import no.planstatus.change.ChangeKind;

/**
 * Keeps the measure columns that are copies of other rows: {@code plan_sort} (the action plan's start year,
 * negated so that newer plans come first), {@code goal_number} and {@code current_report_id} (the latest approved report).
 * They let lists be paged by index and show status without looking at every report. Updated with native SQL, so
 * the measure's own version (its ETag for If-Match) does not move.
 */
@ApplicationScoped
public class MeasureDerivedColumns {

    private static final String PLAN_SORT_VALUE =
            "-(SELECT ap.period_start FROM action_plan ap WHERE ap.id = measure.action_plan_id)";
    private static final String GOAL_NUMBER_VALUE = "(SELECT g.number FROM goal g WHERE g.id = measure.goal_id)";
    private static final String PLAN_SORT = "plan_sort = " + PLAN_SORT_VALUE;
    private static final String GOAL_NUMBER = "goal_number = " + GOAL_NUMBER_VALUE;
    private static final String CURRENT_REPORT = "current_report_id = (SELECT r.id FROM progress_report r"
            + " WHERE r.measure_id = measure.id AND r.state = 'APPROVED' ORDER BY r.report_date DESC, r.id DESC FETCH FIRST 1 ROWS ONLY)";

    /** Measure ids per statement when a batch refreshes many measures. */
    private static final int IDS_PER_STATEMENT = 1000;

    private final EntityManager entityManager;

    public MeasureDerivedColumns(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** An editor's change is applied at once; an import's are applied together when its batch ends. */
    void onChange(@Observes Change change) {
        if (change.origin() != Change.Origin.EDITOR) {
            return;
        }
        switch (change.kind().resourceType()) {
            // Moving one goal or plan renumbers or reorders others without a change of their own, so every
            // measure whose copy no longer matches is updated. Such edits are rare; the scan is cheap.
            case ChangeKind.Resource.ACTION_PLAN -> update(PLAN_SORT, "plan_sort <> " + PLAN_SORT_VALUE);
            case ChangeKind.Resource.GOAL -> update(GOAL_NUMBER, "goal_number <> " + GOAL_NUMBER_VALUE);
            default -> {
                if (change.measureId() != null) {
                    refresh(List.of(change.measureId()));
                }
            }
        }
    }

    /**
     * Recomputes every derived column of the measures the batch concerns, a thousand to a statement, and the copies
     * of plans and goals it changed: an import changes thousands of rows and is cheaper to recompute once.
     */
    void onBatch(@Observes ChangeBatch batch) {
        Set<Long> measureIds = new LinkedHashSet<>();
        boolean plansChanged = false;
        boolean goalsChanged = false;
        for (Change change : batch.changes()) {
            if (change.measureId() != null) {
                measureIds.add(change.measureId());
            }
            boolean update = change.kind().action() == ChangeKind.Action.UPDATE;
            plansChanged |= update && change.kind().resourceType().equals(ChangeKind.Resource.ACTION_PLAN);
            goalsChanged |= update && change.kind().resourceType().equals(ChangeKind.Resource.GOAL);
        }
        List<Long> ids = List.copyOf(measureIds);
        for (int from = 0; from < ids.size(); from += IDS_PER_STATEMENT) {
            refresh(ids.subList(from, Math.min(ids.size(), from + IDS_PER_STATEMENT)));
        }
        if (plansChanged) {
            update(PLAN_SORT, "plan_sort <> " + PLAN_SORT_VALUE);
        }
        if (goalsChanged) {
            update(GOAL_NUMBER, "goal_number <> " + GOAL_NUMBER_VALUE);
        }
    }

    /** Recomputes every derived column of the measures; a deleted measure is simply not found. */
    private void refresh(List<Long> measureIds) {
        entityManager.flush();
        entityManager.createNativeQuery("UPDATE measure SET " + PLAN_SORT + ", " + GOAL_NUMBER + ", " + CURRENT_REPORT
                        + " WHERE id IN (?1)")
                .setParameter(1, measureIds)
                .executeUpdate();
    }

    private void update(String set, String where) {
        entityManager.flush();
        entityManager.createNativeQuery("UPDATE measure SET " + set + " WHERE " + where).executeUpdate();
    }
}
