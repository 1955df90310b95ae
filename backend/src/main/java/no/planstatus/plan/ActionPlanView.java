package no.planstatus.plan;

import no.planstatus.common.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActionPlan", description = "An action plan (handlingsplan): the measures for a period.")
public record ActionPlanView(
        @Schema(required = true) long id,
        @Schema(required = true, description = "Optimistic-lock version; the ETag of GET /action-plans/{id}.")
        long version,
        @Schema(required = true, description = "Stable short code; measure references start with it.",
                examples = "2021-22") String code,
        @Schema(required = true) String title,
        @Schema(required = true, examples = "2021") int periodStart,
        @Schema(required = true, examples = "2022") int periodEnd,
        @Schema(nullable = true, examples = "Regionrådet for Fjellregionen") String adoptedBy,
        @Schema(nullable = true, description = "ISO 8601 date, or year-month where the original gives only that.",
                examples = "2021-05-26") String adoptedOn,
        @Schema(required = true) long strategicPlanId,
        @Schema(nullable = true) String introduction,
        @Schema(nullable = true, description = "The sentence that introduces the measures under each goal.")
        String measuresIntroduction) implements Versioned {

    static ActionPlanView of(ActionPlan plan) {
        return new ActionPlanView(plan.id, plan.version, plan.code, plan.title, plan.periodStart, plan.periodEnd,
                plan.adoptedBy, plan.adoptedOn, plan.strategicPlan.id, plan.introduction, plan.measuresIntroduction);
    }
}
