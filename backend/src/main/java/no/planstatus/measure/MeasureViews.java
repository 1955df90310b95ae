package no.planstatus.measure;

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

    /** Expects goal and action plan of each measure to be fetched already. */
    public List<MeasureSummary> summaries(List<Measure> measures) {
        List<Long> ids = measures.stream().map(m -> m.id).toList();
        Map<Long, List<ResponsibilityView>> responsibilities = Responsibility.listByMeasures(ids).stream()
                .collect(Collectors.groupingBy(r -> r.measure.id,
                        Collectors.mapping(ResponsibilityView::of, Collectors.toList())));
        List<Long> currentReports = measures.stream().map(m -> m.currentReportId).filter(Objects::nonNull).toList();
        Map<Long, ProgressReport> latest = ProgressReport.listByIds(currentReports).stream()
                .collect(Collectors.toMap(r -> r.id, Function.identity()));
        return measures.stream()
                .map(m -> new MeasureSummary(m.id, m.version, m.reference, m.position, m.text,
                        new MeasureSummary.GoalRef(m.goal.id, m.goal.number, m.goal.text),
                        new MeasureSummary.ActionPlanRef(m.actionPlan.id, m.actionPlan.code, m.actionPlan.title,
                                m.actionPlan.periodStart, m.actionPlan.periodEnd),
                        m.responsibilityText,
                        responsibilities.getOrDefault(m.id, List.of()),
                        CurrentStatus.of(m.currentReportId == null ? null : latest.get(m.currentReportId))))
                .toList();
    }

    public MeasureSummary summary(Measure measure) {
        return summaries(List.of(measure)).get(0);
    }
}
