package no.planstatus.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A strategic plan (strategisk plan) without its goals.")
public record StrategicPlanSummary(
        @Schema(required = true) long id,
        @Schema(required = true, description = "Optimistic-lock version; the ETag of GET /strategic-plans/{id}.")
        long version,
        @Schema(required = true, examples = "2020-24") String code,
        @Schema(required = true) String title,
        @Schema(required = true, examples = "2020") int periodStart,
        @Schema(required = true, examples = "2024") int periodEnd,
        @Schema(nullable = true) String adoptedBy,
        @Schema(nullable = true, description = "ISO 8601 date, or year-month where the original gives only that.",
                examples = "2020-06") String adoptedOn,
        @Schema(required = true) CouncilView council) {

    static StrategicPlanSummary of(StrategicPlan plan) {
        return new StrategicPlanSummary(plan.id, plan.version, plan.code, plan.title, plan.periodStart,
                plan.periodEnd, plan.adoptedBy, plan.adoptedOn, CouncilView.of(plan.council));
    }
}
