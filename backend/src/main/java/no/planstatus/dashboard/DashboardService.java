package no.planstatus.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.ProblemType;
import no.planstatus.measure.MeasureFilter;
import no.planstatus.measure.MeasureService;
import no.planstatus.measure.MeasureSummary;
import no.planstatus.period.ClosedPeriods;
import no.planstatus.period.ReportingPeriod;
import no.planstatus.plan.ActionPlan;
import no.planstatus.report.Assessment;
import no.planstatus.report.CurrentStatus;
import no.planstatus.report.MeasureStatus;
import no.planstatus.report.ProgressReport;
import no.planstatus.report.ReportsAsOf;
import no.planstatus.report.StatusCounts;
import no.planstatus.responsibility.ResponsibilityRole;
import no.planstatus.responsibility.ResponsibilityView;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DashboardService {

    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");

    private final MeasureService measures;
    private final ClosedPeriods closedPeriods;

    public DashboardService(MeasureService measures, ClosedPeriods closedPeriods) {
        this.measures = measures;
        this.closedPeriods = closedPeriods;
    }

    /**
     * The dashboard of an action plan for a period. Without a plan: the period's plan, else the newest adopted
     * plan that has measures. Without a period: the plan's latest closed period, else the current statuses.
     */
    public Dashboard get(Long actionPlanId, Long periodId) {
        ReportingPeriod period = null;
        ActionPlan plan;
        if (periodId != null) {
            period = ReportingPeriod.<ReportingPeriod>findByIdOptional(periodId)
                    .orElseThrow(() -> ApiProblem.notFound("Rapporteringsperiode", periodId));
            if (actionPlanId != null && period.actionPlan.id != actionPlanId.longValue()) {
                ActionPlan.<ActionPlan>findByIdOptional(actionPlanId)
                        .orElseThrow(() -> ApiProblem.notFound("Handlingsplan", actionPlanId));
                throw ApiProblem.invalid("period", "perioden «" + period.label
                        + "» hører til en annen handlingsplan enn den som er valgt i «actionPlan»");
            }
            plan = period.actionPlan;
        } else {
            plan = actionPlanId == null ? defaultPlan()
                    : ActionPlan.<ActionPlan>findByIdOptional(actionPlanId)
                            .orElseThrow(() -> ApiProblem.notFound("Handlingsplan", actionPlanId));
            ClosedPeriods.ClosedPeriod closed = closedPeriods.latestByActionPlan(ClosedPeriods.today()).get(plan.id);
            period = closed == null ? null : ReportingPeriod.findById(closed.id());
        }
        List<MeasureSummary> planMeasures = measures.list(
                new MeasureFilter(null, plan.id, null, null, null, null, null));
        Map<Long, CurrentStatus> statuses = statuses(plan.id, period, planMeasures);
        ReportingPeriod previousPeriod = period == null ? null : previousOf(period).orElse(null);
        StatusCounts counts = StatusCounts.of(statuses.values());
        StatusCounts previous = previousPeriod == null ? null
                : StatusCounts.of(statuses(plan.id, previousPeriod, planMeasures).values());
        return new Dashboard(new Dashboard.ActionPlan(plan.id, plan.code, plan.title), ref(period),
                ref(previousPeriod), counts, previous,
                previous == null ? List.of() : changes(counts, previous, previousPeriod.label),
                goals(planMeasures, statuses), ResponsibilityRole.LEAD, parties(planMeasures, statuses));
    }

    private static ActionPlan defaultPlan() {
        String withMeasures = " exists (select 1 from Measure m where m.actionPlan = ap)";
        return ActionPlan.<ActionPlan>find("select ap from ActionPlan ap where ap.adoptedOn is not null and"
                        + withMeasures + " order by ap.adoptedOn desc, ap.periodStart desc, ap.id desc")
                .firstResultOptional()
                .or(() -> ActionPlan.<ActionPlan>find("select ap from ActionPlan ap where" + withMeasures
                        + " order by ap.periodStart desc, ap.id desc").firstResultOptional())
                .orElseThrow(() -> new ApiProblem(ProblemType.NOT_FOUND,
                        "Ingen handlingsplan har tiltak ennå, så det er ingenting å telle."));
    }

    /** Measure id → its status for the period (its latest approved report counted by the period's end). */
    private static Map<Long, CurrentStatus> statuses(long actionPlanId, ReportingPeriod period,
            List<MeasureSummary> planMeasures) {
        Map<Long, CurrentStatus> statuses = new LinkedHashMap<>();
        if (period == null) {
            planMeasures.forEach(m -> statuses.put(m.id(), m.currentStatus()));
            return statuses;
        }
        Map<Long, ProgressReport> latest = ReportsAsOf.latestApproved(actionPlanId, period.endsOn);
        planMeasures.forEach(m -> statuses.put(m.id(), CurrentStatus.of(latest.get(m.id()))));
        return statuses;
    }

    /** The period before: the latest that ends before this one starts, of the same kind when two end together. */
    static Optional<ReportingPeriod> previousOf(ReportingPeriod period) {
        return ReportingPeriod.listByActionPlan(period.actionPlan.id).stream()
                .filter(p -> p.endsOn.isBefore(period.startsOn))
                .max(Comparator.comparing((ReportingPeriod p) -> p.endsOn)
                        .thenComparing(p -> p.kind == period.kind)
                        .thenComparing(p -> p.startsOn));
    }

    /** One sentence per status, then per assessment, whose count changed: «3 flere fullført siden 1. tertial». */
    static List<String> changes(StatusCounts now, StatusCounts before, String previousLabel) {
        List<String> lines = new ArrayList<>();
        for (MeasureStatus status : MeasureStatus.values()) {
            change(lines, now.count(status) - before.count(status), status.label().toLowerCase(NORWEGIAN),
                    previousLabel);
        }
        for (Assessment assessment : Assessment.values()) {
            change(lines, now.count(assessment) - before.count(assessment),
                    "vurdert «" + assessment.label() + "»", previousLabel);
        }
        change(lines, now.count((Assessment) null) - before.count((Assessment) null),
                StatusCounts.NOT_ASSESSED.toLowerCase(NORWEGIAN), previousLabel);
        return List.copyOf(lines);
    }

    private static void change(List<String> lines, int difference, String what, String previousLabel) {
        if (difference != 0) {
            lines.add(Math.abs(difference) + (difference > 0 ? " flere " : " færre ") + what + " siden "
                    + previousLabel);
        }
    }

    private static List<Dashboard.Goal> goals(List<MeasureSummary> planMeasures, Map<Long, CurrentStatus> statuses) {
        Map<Long, List<CurrentStatus>> byGoal = new LinkedHashMap<>();
        Map<Long, MeasureSummary.GoalRef> goals = new LinkedHashMap<>();
        planMeasures.stream().sorted(Comparator.comparing((MeasureSummary m) -> m.goal().number())
                .thenComparing(MeasureSummary::position)).forEach(m -> {
                    goals.putIfAbsent(m.goal().id(), m.goal());
                    byGoal.computeIfAbsent(m.goal().id(), id -> new ArrayList<>()).add(statuses.get(m.id()));
                });
        return goals.values().stream().map(goal -> new Dashboard.Goal(goal.id(), goal.number(), goal.text(),
                StatusCounts.of(byGoal.get(goal.id())))).toList();
    }

    private static List<Dashboard.Party> parties(List<MeasureSummary> planMeasures,
            Map<Long, CurrentStatus> statuses) {
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, List<CurrentStatus>> byParty = new LinkedHashMap<>();
        for (MeasureSummary measure : planMeasures) {
            Set<Long> leads = new LinkedHashSet<>();
            for (ResponsibilityView responsibility : measure.responsibilities()) {
                if (responsibility.role() == ResponsibilityRole.LEAD && leads.add(responsibility.party().id())) {
                    names.putIfAbsent(responsibility.party().id(), responsibility.party().name());
                    byParty.computeIfAbsent(responsibility.party().id(), id -> new ArrayList<>())
                            .add(statuses.get(measure.id()));
                }
            }
        }
        Collator collator = Collator.getInstance(NORWEGIAN);
        return names.entrySet().stream()
                .map(e -> new Dashboard.Party(e.getKey(), e.getValue(), StatusCounts.of(byParty.get(e.getKey()))))
                .sorted(Comparator.comparing(Dashboard.Party::name, collator).thenComparing(Dashboard.Party::partyId))
                .toList();
    }

    private static Dashboard.Period ref(ReportingPeriod period) {
        return period == null ? null : new Dashboard.Period(period.id, period.label);
    }
}
