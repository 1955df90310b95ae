package no.planstatus.period;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which period each action plan was last due to be reported for: its latest closed period. A period is closed
 * once it is locked, or once its due date has passed (its end, when it has no due date): before the deadline no
 * measure is behind. Of two closed periods the one that ends later wins; of two that end the same day (the 3rd
 * tertial and the annual report) the shorter, so that a report for either counts.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ClosedPeriods {

    /** The time zone the council works in: a period's due date passes at midnight there. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    /** The latest closed period of an action plan. */
    public record ClosedPeriod(long id, String label, LocalDate startsOn, LocalDate endsOn) {
    }

    private static final Comparator<ReportingPeriod> LATEST = Comparator
            .comparing((ReportingPeriod p) -> p.endsOn)
            .thenComparing(p -> p.startsOn);

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The latest closed period of every action plan that has one, by action plan id, as of {@code today}. */
    public Map<Long, ClosedPeriod> latestByActionPlan(LocalDate today) {
        List<ReportingPeriod> closed = ReportingPeriod.list(
                "locked = true or (dueOn is not null and dueOn < ?1) or (dueOn is null and endsOn < ?1)", today);
        Map<Long, ReportingPeriod> latest = new HashMap<>();
        for (ReportingPeriod period : closed) {
            latest.merge(period.actionPlan.id, period, (a, b) -> LATEST.compare(a, b) >= 0 ? a : b);
        }
        Map<Long, ClosedPeriod> byPlan = new HashMap<>();
        latest.forEach((plan, p) -> byPlan.put(plan, new ClosedPeriod(p.id, p.label, p.startsOn, p.endsOn)));
        return byPlan;
    }
}
