package no.planstatus.goal;

import java.util.List;
import no.planstatus.common.Versioned;
import no.planstatus.measure.MeasureSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Goal", description = "A goal of the strategic plan with the measures that carry it out.")
public record GoalView(
        @Schema(required = true) long id,
        @Schema(required = true, description = "Optimistic-lock version; the ETag of GET /goals/{id}.") long version,
        @Schema(required = true, description = "The goal's number in the plan, from 1.") int number,
        @Schema(required = true) String text,
        @Schema(required = true) SectionRef section,
        @Schema(required = true) long strategicPlanId,
        @Schema(nullable = true, description = "Key interest-policy matters listed under the goal, if any.")
        InterestPolicy interestPolicy,
        @Schema(required = true, description = "Measures of all action plans, in plan order.")
        List<MeasureSummary> measures) implements Versioned {

    @Schema(description = "The section of the strategic plan a goal is listed under.")
    public record SectionRef(
            @Schema(required = true) long id,
            @Schema(required = true) int position,
            @Schema(required = true) String title) {
    }

    @Schema(description = "Key interest-policy matters (sentrale interessepolitiske saker).")
    public record InterestPolicy(
            @Schema(required = true, examples = "Sentrale interessepolitiske saker er:") String heading,
            @Schema(required = true) List<String> matters) {
    }
}
