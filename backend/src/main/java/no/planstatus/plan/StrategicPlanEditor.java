package no.planstatus.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.planstatus.audit.AuditLog;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.Versions;

/** Changes a strategic plan's own fields; its goals and action plans have editors of their own. */
@ApplicationScoped
@Transactional
public class StrategicPlanEditor {

    static final String AUDIT_TYPE = "strategic-plan";

    private final PlanService plans;
    private final AuditLog audit;

    public StrategicPlanEditor(PlanService plans, AuditLog audit) {
        this.plans = plans;
        this.audit = audit;
    }

    public StrategicPlanView update(long id, String ifMatch, StrategicPlanInput.Update input) {
        StrategicPlan plan = StrategicPlan.<StrategicPlan>findByIdOptional(id)
                .orElseThrow(() -> ApiProblem.notFound("Strategisk plan", id));
        Versions.requireMatch(ifMatch, plan.version);
        Audited before = Audited.of(plan);
        PlanRules.requireStrategicPlanPeriod(input.periodStart(), input.periodEnd(),
                ActionPlan.listByStrategicPlan(id));
        plan.title = input.title().trim();
        plan.periodStart = input.periodStart();
        plan.periodEnd = input.periodEnd();
        plan.adoptedBy = PlanRules.trimToNull(input.adoptedBy());
        plan.adoptedOn = PlanRules.trimToNull(input.adoptedOn());
        plan.closingStatement = PlanRules.trimToNull(input.closingStatement());
        StrategicPlan.flush();
        audit.updated(AUDIT_TYPE, id, null, before, Audited.of(plan));
        return plans.getStrategicPlan(id).orElseThrow();
    }

    /** The plan's own fields, as the audit trail keeps them; goals and action plans are audited on their own. */
    record Audited(long id, long version, String code, String title, int periodStart, int periodEnd,
            String adoptedBy, String adoptedOn, String closingStatement) {

        static Audited of(StrategicPlan plan) {
            return new Audited(plan.id, plan.version, plan.code, plan.title, plan.periodStart, plan.periodEnd,
                    plan.adoptedBy, plan.adoptedOn, plan.closingStatement);
        }
    }
}
