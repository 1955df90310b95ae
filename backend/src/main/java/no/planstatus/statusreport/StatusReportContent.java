package no.planstatus.statusreport;

import no.planstatus.report.StatusCounts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.ProblemType;
import no.planstatus.goal.Goal;
import no.planstatus.measure.Measure;
import no.planstatus.period.ReportingPeriod;
import no.planstatus.plan.ActionPlan;
import no.planstatus.report.MeasureStatus;
import no.planstatus.report.ProgressReport;
import no.planstatus.report.ReportLink;
import no.planstatus.report.ReportsAsOf;
import no.planstatus.responsibility.Responsibility;
import no.planstatus.responsibility.ResponsibilityRole;

/**
 * Builds the snapshot of a status report: the action plan's texts and responsibilities as they are now, and each
 * measure's status as of the period's end (its latest approved report counted for the period).
 */
final class StatusReportContent {

    private static final String NO_VALUE = "–";

    private StatusReportContent() {
    }

    static StatusReportView build(StatusReport report, ReportingPeriod period,
            StatusReportSummary.Correction correction, StatusReportView previous) {
        ActionPlan plan = ActionPlan.findById(report.actionPlanId);
        List<Measure> measures = Measure.<Measure>find("select m from Measure m join fetch m.goal g"
                + " where m.actionPlan.id = ?1 order by g.number, m.position, m.id", plan.id).list();
        if (measures.isEmpty()) {
            throw new ApiProblem(ProblemType.CONFLICT, "Handlingsplanen " + plan.code
                    + " har ingen tiltak, så det er ingenting å publisere.");
        }
        Map<Long, ProgressReport> statuses = ReportsAsOf.latestApproved(plan.id, period.endsOn);
        Map<Long, List<Responsibility>> responsibilities = Responsibility.listByMeasures(
                measures.stream().map(m -> m.id).toList()).stream()
                .collect(Collectors.groupingBy(r -> r.measure.id, LinkedHashMap::new, Collectors.toList()));
        Map<Long, List<ReportLink>> links = ReportLink.listByReports(
                statuses.values().stream().map(r -> r.id).toList()).stream()
                .collect(Collectors.groupingBy(l -> l.report.id, LinkedHashMap::new, Collectors.toList()));

        Map<Long, Goal> goals = new LinkedHashMap<>();
        Map<Long, List<StatusReportView.MeasureEntry>> entriesByGoal = new LinkedHashMap<>();
        List<StatusReportView.MeasureEntry> all = new ArrayList<>();
        List<StatusReportView.AppendixLink> appendix = new ArrayList<>();
        for (Measure measure : measures) {
            goals.putIfAbsent(measure.goal.id, measure.goal);
            List<Responsibility> mine = responsibilities.getOrDefault(measure.id, List.of());
            ProgressReport latest = statuses.get(measure.id);
            List<StatusReportView.Link> measureLinks = latest == null ? List.of()
                    : links.getOrDefault(latest.id, List.of()).stream()
                            .map(l -> new StatusReportView.Link(l.url, l.title)).toList();
            MeasureStatus status = latest == null ? MeasureStatus.NOT_REPORTED : MeasureStatus.of(latest.status);
            StatusReportView.MeasureEntry entry = new StatusReportView.MeasureEntry(
                    measure.id, measure.reference, measure.text, measure.responsibilityText,
                    names(mine, ResponsibilityRole.LEAD), names(mine, ResponsibilityRole.PARTNER),
                    status, status.label(),
                    latest == null ? null : latest.assessment,
                    latest == null ? null : latest.assessment.label(),
                    latest == null ? null : latest.percentComplete,
                    latest == null ? null : latest.periodLabel(),
                    latest == null ? null : latest.reportDate,
                    latest == null ? null : latest.text,
                    measureLinks);
            entriesByGoal.computeIfAbsent(measure.goal.id, g -> new ArrayList<>()).add(entry);
            all.add(entry);
            measureLinks.forEach(l -> appendix.add(new StatusReportView.AppendixLink(measure.reference, l.url(),
                    l.title())));
        }
        List<StatusReportView.GoalEntry> goalEntries = new ArrayList<>();
        entriesByGoal.forEach((goalId, entries) -> {
            Goal goal = goals.get(goalId);
            goalEntries.add(new StatusReportView.GoalEntry(goal.id, goal.number, goal.text, StatusCounts.of(entries, StatusReportView.MeasureEntry::status, StatusReportView.MeasureEntry::assessment),
                    entries));
        });
        return new StatusReportView(report.id, plan.id, period.id, period.label, report.title, report.reportVersion,
                report.publishedAt, null, correction, StatusCounts.of(all, StatusReportView.MeasureEntry::status, StatusReportView.MeasureEntry::assessment), plan.strategicPlan.council.name,
                plan.strategicPlan.title, plan.title, plan.code, plan.adoptedBy, plan.adoptedOn, period.startsOn,
                period.endsOn, goalEntries, appendix, changes(previous, all));
    }

    private static List<String> names(List<Responsibility> responsibilities, ResponsibilityRole role) {
        return responsibilities.stream().filter(r -> r.role == role).map(r -> r.party.name).toList();
    }

    /** What changed per measure since the previous report: new and removed measures, texts, statuses. */
    static StatusReportView.ChangesSincePrevious changes(StatusReportView previous,
            List<StatusReportView.MeasureEntry> now) {
        if (previous == null) {
            return new StatusReportView.ChangesSincePrevious(null, null, List.of());
        }
        Map<Long, StatusReportView.MeasureEntry> before = new LinkedHashMap<>();
        previous.goals().forEach(g -> g.measures().forEach(m -> before.put(m.measureId(), m)));
        List<StatusReportView.ChangeLine> lines = new ArrayList<>();
        for (StatusReportView.MeasureEntry measure : now) {
            StatusReportView.MeasureEntry old = before.remove(measure.measureId());
            String reference = measure.reference();
            if (old == null) {
                lines.add(new StatusReportView.ChangeLine(reference, "Nytt tiltak"));
                continue;
            }
            if (!old.reference().equals(reference)) {
                lines.add(new StatusReportView.ChangeLine(reference, "Referanse: " + old.reference() + " → "
                        + reference));
            }
            if (!old.text().equals(measure.text())) {
                lines.add(new StatusReportView.ChangeLine(reference, "Tiltaksteksten er endret"));
            }
            if (!old.responsibilityText().equals(measure.responsibilityText()) || !old.leads().equals(measure.leads())
                    || !old.partners().equals(measure.partners())) {
                lines.add(new StatusReportView.ChangeLine(reference, "Ansvar: " + responsibility(old) + " → "
                        + responsibility(measure)));
            }
            if (old.status() != measure.status()) {
                lines.add(new StatusReportView.ChangeLine(reference, "Status: " + old.statusLabel() + " → "
                        + measure.statusLabel()));
            }
            if (old.assessment() != measure.assessment()) {
                lines.add(new StatusReportView.ChangeLine(reference, "Vurdering: " + orDash(old.assessmentLabel())
                        + " → " + orDash(measure.assessmentLabel())));
            }
            if (!Objects.equals(old.percentComplete(), measure.percentComplete())) {
                lines.add(new StatusReportView.ChangeLine(reference, "Prosent fullført: "
                        + percent(old.percentComplete()) + " → " + percent(measure.percentComplete())));
            }
            if (!Objects.equals(old.comment(), measure.comment())
                    || !Objects.equals(old.reportDate(), measure.reportDate())) {
                lines.add(new StatusReportView.ChangeLine(reference, measure.reportDate() == null
                        ? "Rapporten er tatt ut"
                        : "Ny rapport for " + orDash(measure.reportPeriodLabel())));
            }
        }
        before.values().forEach(gone -> lines.add(new StatusReportView.ChangeLine(gone.reference(),
                "Ikke lenger i handlingsplanen")));
        return new StatusReportView.ChangesSincePrevious(previous.id(), previous.title(), lines);
    }

    private static String responsibility(StatusReportView.MeasureEntry measure) {
        List<String> names = new ArrayList<>(measure.leads());
        names.addAll(measure.partners());
        return names.isEmpty() ? measure.responsibilityText() : String.join(", ", names);
    }

    private static String percent(Integer value) {
        return value == null ? NO_VALUE : value + " %";
    }

    private static String orDash(String text) {
        return text == null ? NO_VALUE : text;
    }
}
