package no.planstatus.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import no.planstatus.common.DataChanged;

/**
 * Keeps the measure columns that are copies of other rows: {@code plan_sort} (the action plan's start year,
 * negated so that newer plans come first), {@code goal_number} and {@code current_report_id} (the latest report).
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
            + " WHERE r.measure_id = measure.id ORDER BY r.report_date DESC, r.id DESC FETCH FIRST 1 ROWS ONLY)";

    private static final String DEFERRED = MeasureDerivedColumns.class.getName() + ".deferred";

    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;

    public MeasureDerivedColumns(EntityManager entityManager, TransactionSynchronizationRegistry transactions) {
        this.entityManager = entityManager;
        this.transactions = transactions;
    }

    /**
     * Leaves the derived columns alone for the rest of the current transaction, which must end with
     * {@link #refreshActionPlans}: an import changes thousands of rows and is cheaper to recompute once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deferToRefreshActionPlans() {
        transactions.putResource(DEFERRED, Boolean.TRUE);
    }

    void onChange(@Observes DataChanged change) {
        if (Boolean.TRUE.equals(transactions.getResource(DEFERRED))) {
            return;
        }
        switch (change.entityType()) {
            // Moving one goal or plan renumbers or reorders others without an audit entry of their own, so every
            // measure whose copy no longer matches is updated. Such edits are rare; the scan is cheap.
            case "action-plan" -> update(PLAN_SORT, "plan_sort <> " + PLAN_SORT_VALUE);
            case "goal" -> update(GOAL_NUMBER, "goal_number <> " + GOAL_NUMBER_VALUE);
            default -> {
                if (change.measureId() != null) {
                    refresh(change.measureId());
                }
            }
        }
    }

    /** Recomputes every derived column of one measure. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(long measureId) {
        entityManager.flush();
        entityManager.createNativeQuery("UPDATE measure SET " + PLAN_SORT + ", " + GOAL_NUMBER + ", " + CURRENT_REPORT
                        + " WHERE id = ?1")
                .setParameter(1, measureId)
                .executeUpdate();
    }

    /**
     * Recomputes every derived column of the action plans' measures (after an import), in one statement; the
     * measures of other plans are neither written nor locked.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refreshActionPlans(Collection<Long> actionPlanIds) {
        if (actionPlanIds.isEmpty()) {
            return;
        }
        entityManager.flush();
        entityManager.createNativeQuery("UPDATE measure SET " + PLAN_SORT + ", " + GOAL_NUMBER + ", " + CURRENT_REPORT
                        + " WHERE action_plan_id IN (?1)")
                .setParameter(1, List.copyOf(actionPlanIds))
                .executeUpdate();
    }

    private void update(String set, String where) {
        entityManager.flush();
        entityManager.createNativeQuery("UPDATE measure SET " + set + " WHERE " + where).executeUpdate();
    }
}
