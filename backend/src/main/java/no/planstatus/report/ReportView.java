package no.planstatus.report;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Report", description = "A progress report on a measure.")
public record ReportView(
        @Schema(required = true) long id,
        @Schema(required = true) long measureId,
        @Schema(nullable = true, examples = "2. tertial 2022") String period,
        @Schema(required = true, description = "The date the report describes the state at.") LocalDate reportDate,
        @Schema(required = true) ImplementationStatus status,
        @Schema(required = true) Assessment assessment,
        @Schema(nullable = true, minimum = "0", maximum = "100") Integer percentComplete,
        @Schema(required = true) String text,
        @Schema(required = true) String author,
        @Schema(required = true) Instant createdAt) {

    static ReportView of(ProgressReport report) {
        return new ReportView(report.id, report.measure.id, report.period, report.reportDate, report.status,
                report.assessment, report.percentComplete, report.text, report.author, report.createdAt);
    }
}
