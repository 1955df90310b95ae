package no.planstatus.period;

import java.time.LocalDate;
import no.planstatus.common.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportingPeriod", description = "A period reports are written for, per action plan.")
public record PeriodView(
        @Schema(required = true) long id,
        @Schema(required = true, description = "Optimistic-lock version; the ETag of the period.") long version,
        @Schema(required = true) long actionPlanId,
        @Schema(required = true, description = "TERTIAL, ANNUAL (the year's report) or OTHER (added by an editor).")
        PeriodKind kind,
        @Schema(required = true, examples = "2. tertial 2022") String label,
        @Schema(required = true, examples = "2022-05-01") LocalDate startsOn,
        @Schema(required = true, examples = "2022-08-31") LocalDate endsOn,
        @Schema(nullable = true, description = "When reports for the period are due.", examples = "2022-10-01")
        LocalDate dueOn,
        @Schema(required = true, description = "A locked period takes no new reports or corrections.")
        boolean locked) implements Versioned {

    public static PeriodView of(ReportingPeriod period) {
        return new PeriodView(period.id, period.version, period.actionPlan.id, period.kind, period.label,
                period.startsOn, period.endsOn, period.dueOn, period.locked);
    }
}
