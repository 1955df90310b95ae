package no.planstatus.round;

import java.time.LocalDate;
import no.planstatus.period.PeriodKind;
import no.planstatus.period.ReportingPeriod;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The reporting period a round asks for, with its action plan.")
public record RoundPeriod(
        @Schema(required = true) long id,
        @Schema(required = true, examples = "2. tertial 2022") String label,
        @Schema(required = true) PeriodKind kind,
        @Schema(required = true) LocalDate startsOn,
        @Schema(required = true) LocalDate endsOn,
        @Schema(nullable = true) LocalDate dueOn,
        @Schema(required = true) boolean locked,
        @Schema(required = true) long actionPlanId,
        @Schema(required = true, examples = "2021-22") String actionPlanCode) {

    /** The period's action plan must be loaded (or loadable) with it. */
    static RoundPeriod of(ReportingPeriod period) {
        return new RoundPeriod(period.id, period.label, period.kind, period.startsOn, period.endsOn, period.dueOn,
                period.locked, period.actionPlan.id, period.actionPlan.code);
    }
}
