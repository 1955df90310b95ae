package no.planstatus.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.planstatus.goal.Goal;
import no.planstatus.goal.InterestPolicyMatter;
import no.planstatus.measure.Measure;
import no.planstatus.party.Party;
import no.planstatus.plan.ActionPlan;
import no.planstatus.plan.Council;
import no.planstatus.plan.PlanSection;
import no.planstatus.plan.StrategicPlan;
import no.planstatus.report.ProgressReport;
import no.planstatus.responsibility.Responsibility;
import no.planstatus.responsibility.ResponsibilityRole;

/** Writes a {@link PlanDocument} into the database in one transaction. */
@ApplicationScoped
public class PlanImporter {

    /** Whether the document's strategic plan is already in the database. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isLoaded(PlanDocument document) {
        return StrategicPlan.findByCode(document.strategicPlan().code()).isPresent();
    }

    /**
     * Creates the council, parties, strategic plan, goals, action plans, measures, responsibilities and reports of
     * the document. Parties and the council that exist already (by slug, by name) are reused.
     */
    @Transactional
    public void importNew(PlanDocument document) {
        if (!PlanDocument.FORMAT.equals(document.format())) {
            throw new IllegalArgumentException("Unknown plan format: " + document.format());
        }
        Council council = Council.findByName(document.council().name()).orElseGet(() -> {
            Council created = new Council();
            created.name = document.council().name();
            created.vision = document.council().vision();
            created.persist();
            return created;
        });
        Map<String, Party> parties = new HashMap<>();
        for (PlanDocument.Party data : document.parties()) {
            Party party = Party.findBySlug(data.slug()).orElseGet(() -> {
                Party created = new Party();
                created.slug = data.slug();
                created.name = data.name();
                created.kind = data.kind();
                created.persist();
                return created;
            });
            parties.put(party.slug, party);
        }
        StrategicPlan strategicPlan = importStrategicPlan(document.strategicPlan(), council);
        Map<Integer, Goal> goals = importGoals(document.strategicPlan(), strategicPlan);
        for (PlanDocument.ActionPlan data : document.actionPlans()) {
            importActionPlan(data, strategicPlan, goals, parties);
        }
    }

    private static StrategicPlan importStrategicPlan(PlanDocument.StrategicPlan data, Council council) {
        StrategicPlan plan = new StrategicPlan();
        plan.council = council;
        plan.code = data.code();
        plan.title = data.title();
        plan.periodStart = data.periodStart();
        plan.periodEnd = data.periodEnd();
        plan.adoptedBy = data.adoptedBy();
        plan.adoptedOn = data.adoptedOn();
        plan.closingStatement = data.closingStatement();
        plan.persist();
        return plan;
    }

    private static Map<Integer, Goal> importGoals(PlanDocument.StrategicPlan data, StrategicPlan plan) {
        Map<Integer, Goal> goals = new HashMap<>();
        int sectionPosition = 0;
        for (PlanDocument.Section sectionData : data.sections()) {
            PlanSection section = new PlanSection();
            section.strategicPlan = plan;
            section.position = ++sectionPosition;
            section.title = sectionData.title();
            section.persist();
            for (PlanDocument.Goal goalData : sectionData.goals()) {
                Goal goal = new Goal();
                goal.strategicPlan = plan;
                goal.section = section;
                goal.number = goalData.number();
                goal.text = goalData.text();
                if (goalData.interestPolicy() != null) {
                    goal.interestPolicyHeading = goalData.interestPolicy().heading();
                }
                goal.persist();
                if (goals.put(goal.number, goal) != null) {
                    throw new IllegalArgumentException("Goal number " + goal.number + " appears twice");
                }
                if (goalData.interestPolicy() != null) {
                    int position = 0;
                    for (String text : goalData.interestPolicy().matters()) {
                        InterestPolicyMatter matter = new InterestPolicyMatter();
                        matter.goal = goal;
                        matter.position = ++position;
                        matter.text = text;
                        matter.persist();
                    }
                }
            }
        }
        return goals;
    }

    private static void importActionPlan(PlanDocument.ActionPlan data, StrategicPlan strategicPlan,
            Map<Integer, Goal> goals, Map<String, Party> parties) {
        ActionPlan plan = new ActionPlan();
        plan.strategicPlan = strategicPlan;
        plan.code = data.code();
        plan.title = data.title();
        plan.periodStart = data.periodStart();
        plan.periodEnd = data.periodEnd();
        plan.adoptedBy = data.adoptedBy();
        plan.adoptedOn = data.adoptedOn();
        plan.introduction = data.introduction();
        plan.measuresIntroduction = data.measuresIntroduction();
        plan.persist();
        Map<Integer, Integer> positionsByGoal = new HashMap<>();
        for (PlanDocument.Measure measureData : data.measures()) {
            Goal goal = goals.get(measureData.goal());
            if (goal == null) {
                throw new IllegalArgumentException(
                        "Measure " + measureData.reference() + " names unknown goal " + measureData.goal());
            }
            Measure measure = new Measure();
            measure.actionPlan = plan;
            measure.goal = goal;
            measure.reference = measureData.reference();
            measure.position = positionsByGoal.merge(goal.number, 1, Integer::sum);
            measure.text = measureData.text();
            measure.responsibilityText = measureData.responsibility().text();
            measure.persist();
            int position = 0;
            position = addResponsibilities(measure, measureData.responsibility().lead(), ResponsibilityRole.LEAD,
                    parties, position);
            addResponsibilities(measure, measureData.responsibility().partners(), ResponsibilityRole.PARTNER,
                    parties, position);
            for (PlanDocument.Report reportData : nullToEmpty(measureData.reports())) {
                ProgressReport report = new ProgressReport();
                report.measure = measure;
                report.period = reportData.period();
                report.reportDate = reportData.reportDate();
                report.status = reportData.status();
                report.assessment = reportData.assessment();
                report.percentComplete = reportData.percentComplete();
                report.text = reportData.text();
                report.author = reportData.author();
                report.createdAt = reportData.createdAt() != null ? reportData.createdAt() : Instant.now();
                report.persist();
            }
        }
    }

    private static int addResponsibilities(Measure measure, List<PlanDocument.PartyWording> wordings,
            ResponsibilityRole role, Map<String, Party> parties, int position) {
        for (PlanDocument.PartyWording wording : nullToEmpty(wordings)) {
            Party party = parties.get(wording.party());
            if (party == null) {
                throw new IllegalArgumentException(
                        "Measure " + measure.reference + " names unknown party " + wording.party());
            }
            Responsibility responsibility = new Responsibility();
            responsibility.measure = measure;
            responsibility.party = party;
            responsibility.role = role;
            responsibility.position = ++position;
            responsibility.wording = wording.wording();
            responsibility.persist();
        }
        return position;
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
