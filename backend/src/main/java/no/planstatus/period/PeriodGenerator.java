package no.planstatus.period;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import no.planstatus.change.Change;
import no.planstatus.change.ChangeKind;
import no.planstatus.change.Changes;
import no.planstatus.plan.ActionPlan;

/**
 * Gives every action plan the standard periods of its years ({@link StandardPeriods}). An editor's new action plan,
 * or one whose years changed, gets them through the change it publishes; the importer (and so the default content)
 * asks directly, because its reports need the periods before its changes are published. Periods are only ever
 * added: one already there (by label, or the same kind and dates under a label an editor changed) is left as it is,
 * and none is deleted when the years shrink, for reports may belong to it.
 */
@ApplicationScoped
public class PeriodGenerator {

    private final Changes changes;

    public PeriodGenerator(Changes changes) {
        this.changes = changes;
    }

    void onActionPlanChange(@Observes Change change) {
        if (change.origin() != Change.Origin.EDITOR || (change.kind() != ChangeKind.ACTION_PLAN_CREATED
                && change.kind() != ChangeKind.ACTION_PLAN_UPDATED)) {
            return;
        }
        ActionPlan.<ActionPlan>findByIdOptional(change.resourceId()).ifPresent(plan -> {
            for (ReportingPeriod period : ensure(plan)) {
                changes.publish(Change.created(ChangeKind.PERIOD_CREATED, null, PeriodSnapshot.of(period)));
            }
        });
    }

    /** Adds the plan's missing standard periods and returns them; the caller publishes their changes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ReportingPeriod> ensure(ActionPlan plan) {
        List<ReportingPeriod> existing = plan.id == null ? List.of() : ReportingPeriod.listByActionPlan(plan.id);
        List<ReportingPeriod> added = new ArrayList<>();
        for (StandardPeriods.Spec spec : StandardPeriods.forYears(plan.periodStart, plan.periodEnd)) {
            boolean present = existing.stream().anyMatch(p -> p.label.equalsIgnoreCase(spec.label())
                    || (p.kind == spec.kind() && p.startsOn.equals(spec.startsOn()) && p.endsOn.equals(spec.endsOn())));
            if (!present) {
                ReportingPeriod period = new ReportingPeriod();
                period.actionPlan = plan;
                period.kind = spec.kind();
                period.label = spec.label();
                period.startsOn = spec.startsOn();
                period.endsOn = spec.endsOn();
                period.dueOn = spec.dueOn();
                period.persist();
                added.add(period);
            }
        }
        return added;
    }
}
