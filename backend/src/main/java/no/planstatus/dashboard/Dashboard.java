package no.planstatus.dashboard;

import java.util.List;
import no.planstatus.report.StatusCounts;
import no.planstatus.responsibility.ResponsibilityRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How many of an action plan's measures have each status and assessment for a period: for "
        + "the plan, per goal and per responsible body, with the change since the previous period.")
public record Dashboard(
        @Schema(required = true) ActionPlan actionPlan,
        @Schema(nullable = true, description = "The period counted; null counts each measure's current status.")
        Period period,
        @Schema(nullable = true, description = "The period before it: of the same action plan, the latest that "
                + "ends before the period starts (of the same kind when two end the same day).")
        Period previousPeriod,
        @Schema(required = true, description = "Every measure of the action plan.") StatusCounts plan,
        @Schema(nullable = true, description = "The plan's counts for the previous period.") StatusCounts previous,
        @Schema(required = true, description = "What changed since the previous period, one Norwegian sentence per "
                + "status or assessment whose count changed; empty without a previous period.",
                examples = "[\"3 flere fullført siden 1. tertial 2022\"]")
        List<String> changes,
        @Schema(required = true, description = "Per goal with measures in the action plan, in goal order.")
        List<Goal> goals,
        @Schema(required = true, description = "Which responsibility the party rows count: LEAD, the measures "
                + "each party leads (so each measure with one lead is counted once).")
        ResponsibilityRole partyRole,
        @Schema(required = true, description = "Per party that leads a measure of the action plan, by name.")
        List<Party> parties) {

    @Schema(name = "DashboardActionPlan", description = "The action plan counted.")
    public record ActionPlan(
            @Schema(required = true) long id,
            @Schema(required = true, examples = "2021-22") String code,
            @Schema(required = true) String title) {
    }

    @Schema(name = "DashboardPeriod", description = "A reporting period.")
    public record Period(
            @Schema(required = true) long id,
            @Schema(required = true, examples = "2. tertial 2022") String label) {
    }

    @Schema(name = "DashboardGoal", description = "The counts of a goal's measures in the action plan.")
    public record Goal(
            @Schema(required = true) long goalId,
            @Schema(required = true) int number,
            @Schema(required = true) String text,
            @Schema(required = true) StatusCounts counts) {
    }

    @Schema(name = "DashboardParty", description = "The counts of the measures a party leads in the action plan.")
    public record Party(
            @Schema(required = true) long partyId,
            @Schema(required = true) String name,
            @Schema(required = true) StatusCounts counts) {
    }
}
