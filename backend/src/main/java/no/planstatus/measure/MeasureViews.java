package no.planstatus.measure;

import no.planstatus.period.ClosedPeriods;
import no.planstatus.report.ImplementationStatus;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.planstatus.common.InList;
import no.planstatus.common.SqlValues;
import no.planstatus.report.Assessment;
import no.planstatus.report.CurrentStatus;
import no.planstatus.report.MeasureStatus;
import no.planstatus.report.ProgressReport;
import no.planstatus.responsibility.ResponsibilityView;

/**
 * Builds measure records for any list of measures with a fixed number of queries (responsibilities and latest
 * reports are loaded for the whole list at once), whatever the list's length. It reads what the records need as
 * rows (projections), not as entities, and names every id of an IN list as a parameter of its own
 * ({@link InList}), so that Hibernate translates each query once.
 */
@ApplicationScoped
public class MeasureViews {

    // SQL rather than HQL: Hibernate builds an HQL query's SQL anew on every execution when it has an IN list of
    // parameters (seen in a profile of the uncached reads: a third of a measure status request's time).
    private static final String REPORTS = "select r.id, r.status, r.assessment, r.percent_complete, r.period,"
            + " r.report_date, rp.id as period_id, rp.label, rp.ends_on"
            + " from progress_report r left join reporting_period rp on rp.id = r.period_id where r.id in ";

    private final ClosedPeriods closedPeriods;

    public MeasureViews(ClosedPeriods closedPeriods) {
        this.closedPeriods = closedPeriods;
    }

    /** Expects goal and action plan of each measure to be fetched already. */
    public List<MeasureSummary> summaries(List<Measure> measures) {
        return rows(measures.stream().map(MeasureRow::of).toList());
    }

    public MeasureSummary summary(Measure measure) {
        return summaries(List.of(measure)).get(0);
    }

    List<MeasureSummary> rows(List<MeasureRow> measures) {
        if (measures.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ResponsibilityView>> responsibilities = ResponsibilityView.listByMeasures(
                measures.stream().map(MeasureRow::id).toList());
        Map<Long, Current> current = currentReports(
                measures.stream().map(MeasureRow::currentReportId).filter(Objects::nonNull).toList());
        Map<Long, ClosedPeriods.ClosedPeriod> closed = closedPeriods.latestByActionPlan(ClosedPeriods.today());
        List<MeasureSummary> summaries = new ArrayList<>(measures.size());
        for (MeasureRow m : measures) {
            Current report = m.currentReportId() == null ? null : current.get(m.currentReportId());
            summaries.add(new MeasureSummary(m.id(), m.version(), m.reference(), m.position(), m.text(),
                    new MeasureSummary.GoalRef(m.goalId(), m.goalNumberOfGoal(), m.goalText()),
                    new MeasureSummary.ActionPlanRef(m.actionPlanId(), m.planCode(), m.planTitle(),
                            m.planPeriodStart(), m.planPeriodEnd()),
                    m.responsibilityText(),
                    responsibilities.getOrDefault(m.id(), List.of()),
                    report == null ? CurrentStatus.NOT_REPORTED : report.status(),
                    report == null ? staleness(closed.get(m.actionPlanId()), false, null, null)
                            : staleness(closed.get(m.actionPlanId()), true, report.implementation(),
                                    report.coveredUntil())));
        }
        return summaries;
    }

    /** A current report: the status it gives its measure, and what {@link #staleness} needs of it. */
    private record Current(CurrentStatus status, ImplementationStatus implementation, LocalDate coveredUntil) {
    }

    private static Map<Long, Current> currentReports(Collection<Long> reportIds) {
        Map<Long, Current> byId = new HashMap<>();
        for (List<Long> chunk : InList.chunks(reportIds)) {
            var query = ProgressReport.getEntityManager().createNativeQuery(
                    REPORTS + InList.placeholders(chunk.size()));
            Object[] parameters = InList.parameters(chunk);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            for (Object result : query.getResultList()) {
                Object[] row = (Object[]) result;
                long id = SqlValues.longValue(row[0]);
                ImplementationStatus status = SqlValues.enumValue(ImplementationStatus.class, row[1]);
                LocalDate reportDate = SqlValues.localDate(row[5]);
                boolean hasPeriod = row[6] != null;
                // As ProgressReport.periodLabel and coveredUntil: the period's label and end, else the report's own.
                CurrentStatus current = new CurrentStatus(MeasureStatus.of(status),
                        SqlValues.enumValue(Assessment.class, row[2]), SqlValues.nullableInteger(row[3]),
                        hasPeriod ? (String) row[7] : (String) row[4], reportDate, id);
                byId.put(id, new Current(current, status, hasPeriod ? SqlValues.localDate(row[8]) : reportDate));
            }
        }
        return byId;
    }

    /**
     * Behind unless the latest approved report (the current one) is for the closed period or a later one: its
     * period ends on or after the closed period's start (a report for «Årsrapport 2022» covers «2. tertial 2022»),
     * or, for an old report without a period, it is dated on or after that start.
     */
    private static Staleness staleness(ClosedPeriods.ClosedPeriod closed, boolean reported,
                                       ImplementationStatus status, LocalDate coveredUntil) {
        if (closed == null) {
            return Staleness.NO_CLOSED_PERIOD;
        }
        if (reported && (status == ImplementationStatus.COMPLETED || status == ImplementationStatus.CANCELLED)) {
            return Staleness.of(false, closed.id(), closed.label());
        }
        boolean upToDate = reported && !coveredUntil.isBefore(closed.startsOn());
        return Staleness.of(!upToDate, closed.id(), closed.label());
    }
}
