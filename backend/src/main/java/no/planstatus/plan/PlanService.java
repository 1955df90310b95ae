package no.planstatus.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.planstatus.goal.Goal;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlanService {

    public List<StrategicPlanSummary> listStrategicPlans() {
        return StrategicPlan.listInOrder().stream().map(StrategicPlanSummary::of).toList();
    }

    public Optional<StrategicPlanView> getStrategicPlan(long id) {
        return StrategicPlan.findWithCouncil(id).map(plan -> {
            Map<Long, List<StrategicPlanView.GoalHeadline>> goalsBySection = Goal.listByStrategicPlan(plan.id)
                    .stream()
                    .collect(Collectors.groupingBy(g -> g.section.id, Collectors.mapping(
                            g -> new StrategicPlanView.GoalHeadline(g.id, g.number, g.text), Collectors.toList())));
            List<StrategicPlanView.Section> sections = PlanSection.listByStrategicPlan(plan.id).stream()
                    .map(s -> new StrategicPlanView.Section(s.id, s.position, s.title,
                            goalsBySection.getOrDefault(s.id, List.of())))
                    .toList();
            List<ActionPlanView> actionPlans = ActionPlan.listByStrategicPlan(plan.id).stream()
                    .map(ActionPlanView::of).toList();
            return new StrategicPlanView(plan.id, plan.version, plan.code, plan.title, plan.periodStart,
                    plan.periodEnd, plan.adoptedBy, plan.adoptedOn, CouncilView.of(plan.council), plan.closingStatement,
                    actionPlans, sections);
        });
    }

    public List<ActionPlanView> listActionPlans() {
        return ActionPlan.listInOrder().stream().map(ActionPlanView::of).toList();
    }

    public Optional<ActionPlanView> getActionPlan(long id) {
        return ActionPlan.<ActionPlan>findByIdOptional(id).map(ActionPlanView::of);
    }
}
