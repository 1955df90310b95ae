package no.planstatus.measure;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A page of measures in plan order: action plan (newest first), goal number, position.")
public record MeasureList(
        @Schema(required = true) List<MeasureSummary> items,
        @Schema(description = "Pass as `cursor` for the next page; null on the last page", nullable = true)
        String nextCursor) {
}
