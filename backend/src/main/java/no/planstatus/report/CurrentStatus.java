package no.planstatus.report;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A measure's current status, derived from its latest progress report.")
public record CurrentStatus(
        @Schema(required = true) MeasureStatus status,
        @Schema(nullable = true) Assessment assessment,
        @Schema(nullable = true, minimum = "0", maximum = "100") Integer percentComplete,
        @Schema(nullable = true, examples = "2. tertial 2022") String period,
        @Schema(nullable = true) LocalDate reportDate,
        @Schema(nullable = true, description = "The report the status comes from.") Long reportId) {

    public static final CurrentStatus NOT_REPORTED =
            new CurrentStatus(MeasureStatus.NOT_REPORTED, null, null, null, null, null);

    public static CurrentStatus of(ProgressReport latest) {
        if (latest == null) {
            return NOT_REPORTED;
        }
        return new CurrentStatus(MeasureStatus.of(latest.status), latest.assessment, latest.percentComplete,
                latest.periodLabel(), latest.reportDate, latest.id);
    }
}
