package no.planstatus.goal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.planstatus.common.Page;
import no.planstatus.common.PageRequest;
import no.planstatus.measure.MeasureFilter;
import no.planstatus.measure.MeasureService;
import no.planstatus.measure.MeasureSummary;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class GoalService {

    private final MeasureService measures;

    public GoalService(MeasureService measures) {
        this.measures = measures;
    }

    public List<GoalView> list(Long strategicPlanId) {
        List<Goal> goals = Goal.listDetailed(strategicPlanId);
        Map<Long, List<MeasureSummary>> measuresByGoal = measures
                .list(MeasureFilter.byStrategicPlan(strategicPlanId)).stream()
                .collect(Collectors.groupingBy(m -> m.goal().id()));
        return views(goals, measuresByGoal);
    }

    /** A page of goals, each with all its measures, in a fixed number of queries. */
    public Page<GoalView> page(Long strategicPlanId, PageRequest page) {
        return Page.of(Goal.pageDetailed(strategicPlanId, page), page,
                        goal -> PageRequest.cursor(goal.strategicPlan.periodStart, goal.strategicPlan.id, goal.number,
                                goal.id))
                .map(goals -> views(goals, measures.listByGoals(goals.stream().map(goal -> goal.id).toList())
                        .stream().collect(Collectors.groupingBy(m -> m.goal().id()))));
    }

    public Optional<GoalView> get(long id) {
        return Goal.findDetailed(id).map(goal -> views(List.of(goal),
                Map.of(goal.id, measures.list(MeasureFilter.byGoal(goal.id)))).get(0));
    }

    private static List<GoalView> views(List<Goal> goals, Map<Long, List<MeasureSummary>> measuresByGoal) {
        Map<Long, List<String>> matters = InterestPolicyMatter.listByGoals(goals.stream().map(g -> g.id).toList())
                .stream()
                .collect(Collectors.groupingBy(m -> m.goal.id,
                        Collectors.mapping(m -> m.text, Collectors.toList())));
        return goals.stream().map(goal -> new GoalView(goal.id, goal.version, goal.number, goal.text,
                        new GoalView.SectionRef(goal.section.id, goal.section.position, goal.section.title),
                        goal.strategicPlan.id,
                        goal.interestPolicyHeading == null ? null
                                : new GoalView.InterestPolicy(goal.interestPolicyHeading,
                                        matters.getOrDefault(goal.id, List.of())),
                        measuresByGoal.getOrDefault(goal.id, List.of())))
                .toList();
    }
}
