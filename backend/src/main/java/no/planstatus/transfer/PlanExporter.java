package no.planstatus.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.planstatus.goal.Goal;
import no.planstatus.goal.InterestPolicyMatter;
import no.planstatus.measure.Measure;
import no.planstatus.party.Party;
import no.planstatus.plan.ActionPlan;
import no.planstatus.plan.PlanSection;
import no.planstatus.plan.StrategicPlan;
import no.planstatus.report.ProgressReport;
import no.planstatus.report.ReportState;
import no.planstatus.report.ReportLink;
import no.planstatus.responsibility.Responsibility;
import no.planstatus.responsibility.ResponsibilityRole;

/**
 * Reads a strategic plan and everything under it as a {@link PlanDocument}. The order depends on the plan alone,
 * never on ids, except where the plan has no order of its own (parties, and reports of the same date and creation
 * time), which keep the order they were added in. Exported, imported into an empty database and exported again,
 * a plan gives the same document.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlanExporter {

    private static final String UNDER_PLAN = "actionPlan.strategicPlan.id = ?1";

    /** The newest strategic plan (latest period start) when no id is given. */
    public Optional<PlanDocument> export(Long strategicPlanId) {
        Optional<StrategicPlan> plan = strategicPlanId == null
                ? StrategicPlan.listInOrder().stream().findFirst()
                : StrategicPlan.findWithCouncil(strategicPlanId);
        return plan.map(PlanExporter::export);
    }

    private static PlanDocument export(StrategicPlan plan) {
        Map<Long, List<Measure>> measures = Measure.<Measure>find("select m from Measure m join fetch m.goal "
                + "join fetch m.actionPlan where m." + UNDER_PLAN, plan.id).stream()
                .collect(Collectors.groupingBy(m -> m.actionPlan.id));
        Map<Long, List<Responsibility>> responsibilities = Responsibility.<Responsibility>find(
                "select r from Responsibility r join fetch r.party where r.measure." + UNDER_PLAN
                        + " order by r.position, r.id", plan.id).stream()
                .collect(Collectors.groupingBy(r -> r.measure.id));
        Map<Long, List<ProgressReport>> reports = ProgressReport.<ProgressReport>list("measure." + UNDER_PLAN
                + " order by reportDate, createdAt, id", plan.id).stream()
                // Only approved reports are public; drafts and reports in review stay with their authors.
                .filter(r -> r.state == ReportState.APPROVED)
                .collect(Collectors.groupingBy(r -> r.measure.id));
        Map<Long, List<PlanDocument.Link>> links = ReportLink.<ReportLink>list("report.measure." + UNDER_PLAN
                + " order by position, id", plan.id).stream()
                .collect(Collectors.groupingBy(l -> l.report.id,
                        Collectors.mapping(l -> new PlanDocument.Link(l.url, l.title), Collectors.toList())));

        Map<Long, Party> parties = new LinkedHashMap<>();
        responsibilities.values().stream().flatMap(List::stream).map(r -> r.party)
                .sorted(Comparator.comparing(p -> p.id)).forEach(p -> parties.putIfAbsent(p.id, p));

        List<PlanDocument.ActionPlan> actionPlans = ActionPlan.listByStrategicPlan(plan.id).stream()
                .sorted(Comparator.<ActionPlan>comparingInt(a -> a.periodStart).thenComparingInt(a -> a.periodEnd)
                        .thenComparing(a -> a.code))
                .map(actionPlan -> actionPlan(actionPlan, measures.getOrDefault(actionPlan.id, List.of()).stream()
                        .sorted(Comparator.<Measure>comparingInt(m -> m.goal.number)
                                .thenComparingInt(m -> m.position).thenComparing(m -> m.id))
                        .map(m -> measure(m, responsibilities.getOrDefault(m.id, List.of()),
                                reports.getOrDefault(m.id, List.of()), links))
                        .toList()))
                .toList();

        return new PlanDocument(PlanDocument.FORMAT,
                new PlanDocument.Council(plan.council.name, plan.council.vision),
                parties.values().stream().map(p -> new PlanDocument.Party(p.slug, p.name, p.kind)).toList(),
                strategicPlan(plan),
                actionPlans);
    }

    private static PlanDocument.StrategicPlan strategicPlan(StrategicPlan plan) {
        List<Goal> goals = Goal.listByStrategicPlan(plan.id);
        Map<Long, List<String>> matters = InterestPolicyMatter.listByGoals(goals.stream().map(g -> g.id).toList())
                .stream().collect(Collectors.groupingBy(m -> m.goal.id,
                        Collectors.mapping(m -> m.text, Collectors.toList())));
        List<PlanDocument.Section> sections = new ArrayList<>();
        for (PlanSection section : PlanSection.listByStrategicPlan(plan.id)) {
            sections.add(new PlanDocument.Section(section.title, goals.stream()
                    .filter(g -> g.section.id.equals(section.id))
                    .map(g -> new PlanDocument.Goal(g.number, g.text, g.interestPolicyHeading == null ? null
                            : new PlanDocument.InterestPolicy(g.interestPolicyHeading,
                                    matters.getOrDefault(g.id, List.of()))))
                    .toList()));
        }
        return new PlanDocument.StrategicPlan(plan.code, plan.title, plan.periodStart, plan.periodEnd, plan.adoptedBy,
                plan.adoptedOn, plan.closingStatement, sections);
    }

    private static PlanDocument.ActionPlan actionPlan(ActionPlan plan, List<PlanDocument.Measure> measures) {
        return new PlanDocument.ActionPlan(plan.code, plan.title, plan.periodStart, plan.periodEnd, plan.adoptedBy,
                plan.adoptedOn, plan.introduction, plan.measuresIntroduction, measures);
    }

    private static PlanDocument.Measure measure(Measure measure, List<Responsibility> responsibilities,
            List<ProgressReport> reports, Map<Long, List<PlanDocument.Link>> links) {
        return new PlanDocument.Measure(measure.reference, measure.goal.number, measure.text,
                new PlanDocument.Responsibility(measure.responsibilityText,
                        wordings(responsibilities, ResponsibilityRole.LEAD),
                        wordings(responsibilities, ResponsibilityRole.PARTNER)),
                reports.stream().map(r -> new PlanDocument.Report(r.periodLabel(), r.reportDate, r.status, r.assessment,
                        r.percentComplete, r.text, r.author, r.createdAt, links.getOrDefault(r.id, List.of())))
                        .toList());
    }

    private static List<PlanDocument.PartyWording> wordings(List<Responsibility> responsibilities,
            ResponsibilityRole role) {
        return responsibilities.stream().filter(r -> r.role == role)
                .map(r -> new PlanDocument.PartyWording(r.party.slug, r.wording)).toList();
    }
}
