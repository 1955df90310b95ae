package no.planstatus.plan;

import java.util.List;
import no.planstatus.common.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StrategicPlan", description = "A strategic plan with its sections, goals and action plans.")
public record StrategicPlanView(
        @Schema(required = true) long id,
        @Schema(required = true, description = "Optimistic-lock version; the ETag of GET /strategic-plans/{id}.")
        long version,
        @Schema(required = true, examples = "2020-24") String code,
        @Schema(required = true) String title,
        @Schema(required = true) int periodStart,
        @Schema(required = true) int periodEnd,
        @Schema(nullable = true) String adoptedBy,
        @Schema(nullable = true, examples = "2020-06") String adoptedOn,
        @Schema(required = true) CouncilView council,
        @Schema(nullable = true, description = "The plan's closing statement.") String closingStatement,
        @Schema(required = true) List<ActionPlanView> actionPlans,
        @Schema(required = true) List<Section> sections) implements Versioned {

    @Schema(name = "PlanSection", description = "A heading of the plan and the goals listed under it.")
    public record Section(
            @Schema(required = true) long id,
            @Schema(required = true) int position,
            @Schema(required = true) String title,
            @Schema(required = true) List<GoalHeadline> goals) {
    }

    @Schema(description = "A goal's number and text.")
    public record GoalHeadline(
            @Schema(required = true) long id,
            @Schema(required = true) int number,
            @Schema(required = true) String text) {
    }
}
