package no.planstatus.report;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A page of a measure's progress reports, newest first.")
public record ReportList(
        @Schema(required = true) List<ReportView> items,
        @Schema(description = "Pass as `cursor` for the next page; null on the last page", nullable = true)
        String nextCursor) {
}
