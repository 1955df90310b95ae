package no.planstatus.measure;

import java.util.List;
import no.planstatus.common.Versioned;
import no.planstatus.report.CurrentStatus;
import no.planstatus.responsibility.ResponsibilityView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Measure", description = "A measure (tiltak) with its responsibilities and current status.")
public record MeasureSummary(
        @Schema(required = true) long id,
        @Schema(required = true, description = "Optimistic-lock version; the ETag of GET /measures/{id}.")
        long version,
        @Schema(required = true, description = "Stable reference: action plan code / goal number . position.",
                examples = "2021-22/5.1") String reference,
        @Schema(required = true, description = "Position under its goal, from 1.") int position,
        @Schema(required = true) String text,
        @Schema(required = true) GoalRef goal,
        @Schema(required = true) ActionPlanRef actionPlan,
        @Schema(required = true, description = "The «Ansvar:» line of the original, verbatim.",
                examples = "Administrasjonen i samarbeid med Ungt Entreprenørskap Innlandet")
        String responsibilityText,
        @Schema(required = true, description = "Leads first, then partners, in the order the original names them.")
        List<ResponsibilityView> responsibilities,
        @Schema(required = true) CurrentStatus currentStatus,
        @Schema(required = true) Staleness staleness) implements Versioned {

    @Schema(description = "The goal a measure carries out.")
    public record GoalRef(
            @Schema(required = true) long id,
            @Schema(required = true) int number,
            @Schema(required = true) String text) {
    }

    @Schema(description = "The action plan a measure belongs to.")
    public record ActionPlanRef(
            @Schema(required = true) long id,
            @Schema(required = true, examples = "2021-22") String code,
            @Schema(required = true) String title,
            @Schema(required = true, description = "First year of the plan's period; reports are dated from 1 "
                    + "January of it.", examples = "2021") int periodStart,
            @Schema(required = true, description = "Last year of the plan's period; reports are dated up to 31 "
                    + "December of it.", examples = "2022") int periodEnd) {
    }
}
