package no.planstatus.period;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import no.planstatus.change.Snapshot;

/** A reporting period as the audit trail keeps it: the fields of the API's period. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PeriodSnapshot(long id, long version, long actionPlanId, PeriodKind kind, String label,
        LocalDate startsOn, LocalDate endsOn, LocalDate dueOn, boolean locked) implements Snapshot {

    public static PeriodSnapshot of(ReportingPeriod period) {
        return new PeriodSnapshot(period.id, period.version, period.actionPlan.id, period.kind, period.label,
                period.startsOn, period.endsOn, period.dueOn, period.locked);
    }
}
