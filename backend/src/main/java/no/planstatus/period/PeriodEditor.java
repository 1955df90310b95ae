package no.planstatus.period;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.planstatus.change.Change;
import no.planstatus.change.ChangeKind;
import no.planstatus.change.Changes;
import no.planstatus.change.SnapshotShape;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.NorwegianDates;
import no.planstatus.common.Problem;
import no.planstatus.common.ProblemType;
import no.planstatus.common.Versions;
import no.planstatus.plan.ActionPlan;

/** Adds extra periods to an action plan and changes, locks and unlocks its periods; every change is audited. */
@ApplicationScoped
@Transactional
public class PeriodEditor {

    private final Changes changes;

    public PeriodEditor(Changes changes) {
        this.changes = changes;
    }

    @Produces
    static SnapshotShape snapshotShape() {
        return SnapshotShape.of(ChangeKind.Resource.PERIOD, PeriodSnapshot.class);
    }

    public PeriodView create(long actionPlanId, PeriodInput.Create input) {
        ActionPlan plan = ActionPlan.<ActionPlan>findByIdOptional(actionPlanId)
                .orElseThrow(() -> ApiProblem.notFound("Handlingsplan", actionPlanId));
        String label = input.label().trim();
        requireValid(plan, null, label, input.startsOn(), input.endsOn(), input.dueOn());
        ReportingPeriod period = new ReportingPeriod();
        period.actionPlan = plan;
        period.kind = PeriodKind.OTHER;
        period.label = label;
        period.startsOn = input.startsOn();
        period.endsOn = input.endsOn();
        period.dueOn = input.dueOn();
        period.persist();
        ReportingPeriod.flush();
        changes.publish(Change.created(ChangeKind.PERIOD_CREATED, null, PeriodSnapshot.of(period)));
        return PeriodView.of(period);
    }

    public PeriodView update(long id, String ifMatch, PeriodInput.Update input) {
        ReportingPeriod period = ReportingPeriod.<ReportingPeriod>findByIdOptional(id)
                .orElseThrow(() -> ApiProblem.notFound("Rapporteringsperiode", id));
        Versions.requireMatch(ifMatch, period.version);
        String label = input.label().trim();
        requireValid(period.actionPlan, period.id, label, input.startsOn(), input.endsOn(), input.dueOn());
        PeriodSnapshot before = PeriodSnapshot.of(period);
        period.label = label;
        period.startsOn = input.startsOn();
        period.endsOn = input.endsOn();
        period.dueOn = input.dueOn();
        period.locked = input.locked();
        ReportingPeriod.flush();
        changes.publish(Change.updated(ChangeKind.PERIOD_UPDATED, null, before, PeriodSnapshot.of(period)));
        return PeriodView.of(period);
    }

    /** Every problem at once: dates in order and within the plan's years (400), then a label in use (409). */
    private static void requireValid(ActionPlan plan, Long self, String label, LocalDate startsOn, LocalDate endsOn,
            LocalDate dueOn) {
        LocalDate first = LocalDate.of(plan.periodStart, 1, 1);
        LocalDate last = LocalDate.of(plan.periodEnd, 12, 31);
        String inside = "må ligge innenfor handlingsplanens periode, " + NorwegianDates.format(first) + " til "
                + NorwegianDates.format(last);
        List<Problem.Violation> violations = new ArrayList<>();
        if (startsOn.isBefore(first) || startsOn.isAfter(last)) {
            violations.add(new Problem.Violation("startsOn", inside));
        }
        if (endsOn.isBefore(startsOn)) {
            violations.add(new Problem.Violation("endsOn", "kan ikke være før startdatoen ("
                    + NorwegianDates.format(startsOn) + ")"));
        } else if (endsOn.isAfter(last)) {
            violations.add(new Problem.Violation("endsOn", inside));
        }
        if (dueOn != null && dueOn.isBefore(startsOn)) {
            violations.add(new Problem.Violation("dueOn", "kan ikke være før startdatoen ("
                    + NorwegianDates.format(startsOn) + ")"));
        }
        if (!violations.isEmpty()) {
            throw new ApiProblem(ProblemType.BAD_REQUEST, "Forespørselen er ugyldig.", violations);
        }
        boolean taken = ReportingPeriod.listByActionPlan(plan.id).stream()
                .anyMatch(p -> !p.id.equals(self) && p.label.equalsIgnoreCase(label));
        if (taken) {
            throw new ApiProblem(ProblemType.CONFLICT, "Handlingsplanen har allerede en periode som heter «" + label
                    + "».", List.of(new Problem.Violation("label", "er allerede i bruk i handlingsplanen")));
        }
    }
}
