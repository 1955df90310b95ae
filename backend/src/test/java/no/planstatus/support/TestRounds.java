package no.planstatus.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import no.planstatus.measure.Measure;
import no.planstatus.party.Party;
import no.planstatus.period.PeriodKind;
import no.planstatus.period.ReportingPeriod;
import no.planstatus.plan.ActionPlan;
import no.planstatus.round.ReportingRound;
import no.planstatus.round.RoundAssignment;

/**
 * Reporting rounds made directly with the entities, for tests of what builds on rounds without going through the
 * round API: the «2. tertial» period of the plan's first year (made when the plan has none of that label), an open
 * round for it and its assignments.
 */
@ApplicationScoped
public class TestRounds {

    /** An open round with the given assignments (measure id → party id); its id. */
    @Transactional
    public long open(long actionPlanId, LocalDate deadline, String message, Map<Long, Long> assignments) {
        ActionPlan plan = ActionPlan.findById(actionPlanId);
        String label = "2. tertial " + plan.periodStart;
        ReportingPeriod period = ReportingPeriod.findByLabel(actionPlanId, label).orElseGet(() -> {
            ReportingPeriod created = new ReportingPeriod();
            created.actionPlan = plan;
            created.kind = PeriodKind.TERTIAL;
            created.label = label;
            created.startsOn = LocalDate.of(plan.periodStart, 5, 1);
            created.endsOn = LocalDate.of(plan.periodStart, 8, 31);
            created.dueOn = LocalDate.of(plan.periodStart, 10, 1);
            created.persist();
            return created;
        });
        ReportingRound round = new ReportingRound();
        round.period = period;
        round.deadline = deadline;
        round.message = message;
        round.openedAt = Instant.now();
        round.openedBy = "tests";
        round.persist();
        assignments.forEach((measureId, partyId) -> {
            RoundAssignment assignment = new RoundAssignment();
            assignment.round = round;
            assignment.measure = Measure.findById(measureId);
            assignment.party = Party.findById(partyId);
            assignment.persist();
        });
        return round.id;
    }

    @Transactional
    public void close(long roundId) {
        ReportingRound round = ReportingRound.findById(roundId);
        round.closedAt = Instant.now();
        round.closedBy = "tests";
    }
}
