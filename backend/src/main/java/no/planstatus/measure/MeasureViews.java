package no.planstatus.measure;

import no.planstatus.period.ClosedPeriods;
import no.planstatus.report.ImplementationStatus;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.planstatus.report.CurrentStatus;
import no.planstatus.report.ProgressReport;
import no.planstatus.responsibility.Responsibility;
import no.planstatus.responsibility.ResponsibilityView;

/**
 * Builds measure records for any list of measures with a fixed number of queries (responsibilities and latest
 * reports are loaded for the whole list at once), whatever the list's length.
 */
@ApplicationScoped
public class MeasureViews {

    private final ClosedPeriods closedPeriods;

    public MeasureViews(ClosedPeriods closedPeriods) {
        this.closedPeriods = closedPeriods;
    }

    /** Expects goal and action plan of each measure to be fetched already. */
    public List<MeasureSummary> summaries(List<Measure> measures) {
        List<Long> ids = measures.stream().map(m -> m.id).toList();
        Map<Long, List<ResponsibilityView>> responsibilities = Responsibility.listByMeasures(ids).stream()
                .collect(Collectors.groupingBy(r -> r.measure.id,
                        Collectors.mapping(ResponsibilityView::of, Collectors.toList())));
        List<Long> currentReports = measures.stream().map(m -> m.currentReportId).filter(Objects::nonNull).toList();
        Map<Long, ProgressReport> latest = ProgressReport.listByIds(currentReports).stream()
                .collect(Collectors.toMap(r -> r.id, Function.identity()));
        Map<Long, ClosedPeriods.ClosedPeriod> closed = measures.isEmpty() ? Map.of()
                : closedPeriods.latestByActionPlan(ClosedPeriods.today());
        return measures.stream()
                .map(m -> new MeasureSummary(m.id, m.version, m.reference, m.position, m.text,
                        new MeasureSummary.GoalRef(m.goal.id, m.goal.number, m.goal.text),
                        new MeasureSummary.ActionPlanRef(m.actionPlan.id, m.actionPlan.code, m.actionPlan.title,
                                m.actionPlan.periodStart, m.actionPlan.periodEnd),
                        m.responsibilityText,
                        responsibilities.getOrDefault(m.id, List.of()),
                        CurrentStatus.of(m.currentReportId == null ? null : latest.get(m.currentReportId)),
                        staleness(closed.get(m.actionPlan.id),
                                m.currentReportId == null ? null : latest.get(m.currentReportId))))
                .toList();
    }

    /**
     * Behind unless the latest approved report (the current one) is for the closed period or a later one: its
     * period ends on or after the closed period's start (a report for «Årsrapport 2022» covers «2. tertial 2022»),
     * or, for an old report without a period, it is dated on or after that start.
     */
    static Staleness staleness(ClosedPeriods.ClosedPeriod closed, ProgressReport current) {
        if (closed == null) {
            return Staleness.NO_CLOSED_PERIOD;
        }
        if (current != null && (current.status == ImplementationStatus.COMPLETED
                || current.status == ImplementationStatus.CANCELLED)) {
            return Staleness.of(false, closed.id(), closed.label());
        }
        boolean upToDate = current != null && !coveredUntil(current).isBefore(closed.startsOn());
        return Staleness.of(!upToDate, closed.id(), closed.label());
    }

    private static java.time.LocalDate coveredUntil(ProgressReport report) {
        return report.reportingPeriod != null ? report.reportingPeriod.endsOn : report.reportDate;
    }

    public MeasureSummary summary(Measure measure) {
        return summaries(List.of(measure)).get(0);
    }
}
