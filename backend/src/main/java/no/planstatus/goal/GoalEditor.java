package no.planstatus.goal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.planstatus.change.Change;
import no.planstatus.change.ChangeKind;
import no.planstatus.change.Changes;
import no.planstatus.change.SnapshotShape;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.Problem;
import no.planstatus.common.ProblemType;
import no.planstatus.common.Versions;
import no.planstatus.measure.Measure;
import no.planstatus.plan.PlanSection;
import no.planstatus.plan.StrategicPlan;

/**
 * Creates, changes, moves and deletes goals; every change is versioned and audited. Goals are numbered 1..n in
 * their strategic plan; measure references keep the number they were given.
 */
@ApplicationScoped
@Transactional
public class GoalEditor {

    private static final int NO_GAP = 0;
    /** Held on the strategic plan while its goals are renumbered, so concurrent changes number one after another. */
    private static final LockModeType NUMBERING_LOCK = LockModeType.PESSIMISTIC_WRITE;

    private final GoalService goals;
    private final Changes changes;

    public GoalEditor(GoalService goals, Changes changes) {
        this.goals = goals;
        this.changes = changes;
    }

    @Produces
    static SnapshotShape snapshotShape() {
        return new SnapshotShape(ChangeKind.Resource.GOAL, GoalSnapshot.class, GoalSnapshot::upgrade);
    }

    public GoalView create(GoalInput.Create input) {
        StrategicPlan plan = StrategicPlan.<StrategicPlan>findByIdOptional(input.strategicPlanId(), NUMBERING_LOCK)
                .orElseThrow(() -> ApiProblem.invalid("strategicPlanId", "den strategiske planen finnes ikke"));
        PlanSection section = sectionOf(plan.id, input.sectionId());
        GoalView.InterestPolicy interestPolicy = interestPolicy(input.interestPolicy());
        List<Goal> ordered = Goal.listDetailed(plan.id);
        int number = afterSection(ordered, section) + 1;
        renumber(ordered, number);
        Goal goal = new Goal();
        goal.strategicPlan = plan;
        goal.section = section;
        goal.number = number;
        goal.text = input.text().trim();
        goal.interestPolicyHeading = interestPolicy == null ? null : interestPolicy.heading();
        goal.persist();
        writeMatters(goal, interestPolicy);
        Goal.flush();
        changes.publish(Change.created(ChangeKind.GOAL_CREATED, null, GoalSnapshot.of(goal, interestPolicy)));
        return view(goal.id);
    }

    public GoalView update(long id, String ifMatch, GoalInput.Update input) {
        Goal goal = find(id);
        Versions.requireMatch(ifMatch, goal.version);
        Goal.getEntityManager().lock(goal.strategicPlan, NUMBERING_LOCK);
        GoalSnapshot before = GoalSnapshot.of(goal, storedInterestPolicy(goal));
        PlanSection section = sectionOf(goal.strategicPlan.id, input.sectionId());
        GoalView.InterestPolicy interestPolicy = interestPolicy(input.interestPolicy());
        List<Goal> ordered = new ArrayList<>(Goal.listByStrategicPlan(goal.strategicPlan.id));
        ordered.remove(goal);
        ordered.add(Math.min(Math.max(input.position(), 1), ordered.size() + 1) - 1, goal);
        boolean mattersChanged = !Objects.equals(before.interestPolicy(), interestPolicy);
        if (mattersChanged) {
            removeMatters(goal);
            writeMatters(goal, interestPolicy);
        }
        // Renumber before touching the goal's own fields, so that one flush writes the goal once.
        renumber(ordered, NO_GAP);
        goal.section = section;
        goal.text = input.text().trim();
        goal.interestPolicyHeading = interestPolicy == null ? null : interestPolicy.heading();
        Goal.flush();
        if (mattersChanged && goal.version == before.version()) {
            // The matters live in rows of their own; the goal's version must still tell that the goal changed.
            Goal.getEntityManager().lock(goal, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
        changes.publish(Change.updated(ChangeKind.GOAL_UPDATED, null, before,
                GoalSnapshot.of(goal, interestPolicy)));
        return view(goal.id);
    }

    public void delete(long id, String ifMatch) {
        Goal goal = find(id);
        Versions.requireMatch(ifMatch, goal.version);
        if (Measure.count("goal.id", id) > 0) {
            throw new ApiProblem(ProblemType.CONFLICT,
                    "Målet har tiltak og kan ikke slettes; flytt eller slett tiltakene først.");
        }
        Goal.getEntityManager().lock(goal.strategicPlan, NUMBERING_LOCK);
        GoalSnapshot before = GoalSnapshot.of(goal, storedInterestPolicy(goal));
        long planId = goal.strategicPlan.id;
        removeMatters(goal);
        goal.delete();
        Goal.flush();
        renumber(Goal.listByStrategicPlan(planId), NO_GAP);
        Goal.flush();
        changes.publish(Change.deleted(ChangeKind.GOAL_DELETED, null, before));
    }

    private GoalView view(long id) {
        return goals.get(id).orElseThrow();
    }

    private static Goal find(long id) {
        return Goal.<Goal>findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Mål", id));
    }

    private static PlanSection sectionOf(long strategicPlanId, long sectionId) {
        PlanSection section = PlanSection.<PlanSection>findByIdOptional(sectionId)
                .orElseThrow(() -> ApiProblem.invalid("sectionId", "seksjonen finnes ikke"));
        if (section.strategicPlan.id != strategicPlanId) {
            throw ApiProblem.invalid("sectionId", "seksjonen hører til en annen strategisk plan");
        }
        return section;
    }

    /** Where a new goal of the section goes: after the last goal of this or an earlier section. */
    private static int afterSection(List<Goal> ordered, PlanSection section) {
        int index = 0;
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).section.position <= section.position) {
                index = i + 1;
            }
        }
        return index;
    }

    /** Checks each matter (bean validation would name them "matters.<list element>") and trims the texts. */
    private static GoalView.InterestPolicy interestPolicy(GoalInput.InterestPolicy input) {
        if (input == null) {
            return null;
        }
        List<Problem.Violation> violations = new ArrayList<>();
        List<String> matters = new ArrayList<>();
        for (int i = 0; i < input.matters().size(); i++) {
            String matter = input.matters().get(i);
            String field = "interestPolicy.matters[" + i + "]";
            if (matter == null || matter.isBlank()) {
                violations.add(new Problem.Violation(field, "må fylles ut"));
            } else if (matter.trim().length() > GoalInput.MAX_MATTER_LENGTH) {
                violations.add(new Problem.Violation(field, "kan ha høyst " + GoalInput.MAX_MATTER_LENGTH + " tegn"));
            } else {
                matters.add(matter.trim());
            }
        }
        if (!violations.isEmpty()) {
            throw new ApiProblem(ProblemType.BAD_REQUEST, "Forespørselen er ugyldig.", violations);
        }
        return new GoalView.InterestPolicy(input.heading().trim(), List.copyOf(matters));
    }

    private static GoalView.InterestPolicy storedInterestPolicy(Goal goal) {
        if (goal.interestPolicyHeading == null) {
            return null;
        }
        return new GoalView.InterestPolicy(goal.interestPolicyHeading,
                InterestPolicyMatter.listByGoals(List.of(goal.id)).stream().map(m -> m.text).toList());
    }

    /** Deletes the goal's matters at once, so that new ones may take their positions in the same transaction. */
    private static void removeMatters(Goal goal) {
        InterestPolicyMatter.listByGoals(List.of(goal.id)).forEach(InterestPolicyMatter::delete);
        InterestPolicyMatter.flush();
    }

    private static void writeMatters(Goal goal, GoalView.InterestPolicy interestPolicy) {
        if (interestPolicy == null) {
            return;
        }
        int position = 0;
        for (String text : interestPolicy.matters()) {
            InterestPolicyMatter matter = new InterestPolicyMatter();
            matter.goal = goal;
            matter.position = ++position;
            matter.text = text;
            matter.persist();
        }
    }

    /**
     * Numbers the goals 1..n in list order, skipping {@code gap} (the number of a goal about to be added). A goal's
     * number is unique in its plan and the database checks that row by row, so the goals that move first step aside
     * to negative numbers in a bulk update, which leaves their versions alone; the next flush then writes each one's
     * new number and gives it one new version.
     */
    private static void renumber(List<Goal> ordered, int gap) {
        Map<Goal, Integer> moves = new LinkedHashMap<>();
        int number = 0;
        for (Goal goal : ordered) {
            number = number + 1 == gap ? number + 2 : number + 1;
            if (goal.number != number) {
                moves.put(goal, number);
            }
        }
        if (moves.isEmpty()) {
            return;
        }
        Goal.update("number = -id where id in ?1", moves.keySet().stream().map(g -> g.id).toList());
        moves.forEach((goal, newNumber) -> goal.number = newNumber);
    }
}
