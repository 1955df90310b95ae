package no.planstatus.measure;

/**
 * What a measure's answer needs of the measure, its goal and its action plan, read as one row (a projection, not
 * entities: nothing for the session to keep or check). Read by {@link MeasureService}.
 */
public record MeasureRow(long id, long version, String reference, int position, String text, String responsibilityText,
                         int planSort, long actionPlanId, int goalNumber, Long currentReportId,
                         long goalId, int goalNumberOfGoal, String goalText,
                         String planCode, String planTitle, int planPeriodStart, int planPeriodEnd) {

    /** The select clause of the row, for a query over {@code Measure m join m.goal g join m.actionPlan ap}. */
    public static final String SELECT = "select new no.planstatus.measure.MeasureRow(m.id, m.version, m.reference,"
            + " m.position, m.text, m.responsibilityText, m.planSort, m.actionPlanId, m.goalNumber, m.currentReportId,"
            + " g.id, g.number, g.text, ap.code, ap.title, ap.periodStart, ap.periodEnd)"
            + " from Measure m join m.goal g join m.actionPlan ap";

    /** The row of a measure whose goal and action plan are loaded (or can be). */
    static MeasureRow of(Measure m) {
        return new MeasureRow(m.id, m.version, m.reference, m.position, m.text, m.responsibilityText, m.planSort,
                m.actionPlan.id, m.goalNumber, m.currentReportId, m.goal.id, m.goal.number, m.goal.text,
                m.actionPlan.code, m.actionPlan.title, m.actionPlan.periodStart, m.actionPlan.periodEnd);
    }
}
