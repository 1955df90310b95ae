package no.planstatus.report;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Progress reports of a measure, newest first.")
public record ReportList(@Schema(required = true) List<ReportView> items) {
}
