package no.planstatus.report;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviewList", description = "Reports in review, each with its measure.")
public record ReviewList(@Schema(required = true) List<ReviewItem> items) {

    @Schema(name = "ReviewItem", description = "A report in review and the measure it is on.")
    public record ReviewItem(
            @Schema(required = true) ReportView report,
            @Schema(required = true) MeasureRef measure,
            @Schema(nullable = true, description = "The report's period as people say it, e.g. «2. tertial 2022».")
            String periodLabel) {
    }

    @Schema(name = "ReviewMeasure", description = "The measure a report in review is on.")
    public record MeasureRef(
            @Schema(required = true) long id,
            @Schema(nullable = true, examples = "1.2") String reference,
            @Schema(required = true) String text) {
    }
}
