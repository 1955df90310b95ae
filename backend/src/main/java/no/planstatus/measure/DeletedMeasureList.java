package no.planstatus.measure;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A page of deleted measures, oldest deletion first.")
public record DeletedMeasureList(
        @Schema(required = true) List<DeletedMeasure> items,
        @Schema(description = "Pass as `cursor` for the next page; null on the last page", nullable = true)
        String nextCursor) {
}
