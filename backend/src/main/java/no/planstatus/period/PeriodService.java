package no.planstatus.period;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import no.planstatus.plan.ActionPlan;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PeriodService {

    /** The action plan's periods in time order; empty when there is no such plan. */
    public Optional<List<PeriodView>> listByActionPlan(long actionPlanId) {
        return ActionPlan.findByIdOptional(actionPlanId).map(plan -> ReportingPeriod
                .listByActionPlan(actionPlanId).stream().map(PeriodView::of).toList());
    }
}
