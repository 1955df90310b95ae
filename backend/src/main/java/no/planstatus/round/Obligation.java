package no.planstatus.round;

import java.time.LocalDate;
import java.util.List;
import no.planstatus.report.Assessment;
import no.planstatus.report.ImplementationStatus;
import no.planstatus.report.ReportState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A measure the caller's party must report on in an open round, with where the report stands.")
public record Obligation(
        @Schema(required = true) long roundId,
        @Schema(required = true) LocalDate deadline,
        @Schema(nullable = true, description = "The editor's message with the round.") String message,
        @Schema(required = true) RoundPeriod period,
        @Schema(required = true) long measureId,
        @Schema(required = true, examples = "2021-22/1.3") String reference,
        @Schema(required = true) String text,
        @Schema(required = true) int goalNumber,
        @Schema(required = true, description = "APPROVED or SUBMITTED when the measure has such a report for the "
                + "period (from anyone), else RETURNED or DRAFT for the caller's own newest such report, else "
                + "MISSING.") Status status,
        @Schema(required = true, examples = "Venter på godkjenning") String statusLabel,
        @Schema(nullable = true, description = "The report of the period the status comes from.") Long periodReportId,
        @Schema(nullable = true, description = "The editor's comment on a report sent back.") String reviewComment,
        @Schema(nullable = true, description = "What to prefill the report form with: the caller's own newest "
                + "report on the measure, else the measure's current (approved) report.") LastReport lastReport) {

    @Schema(name = "ObligationStatus")
    public enum Status {
        MISSING("Mangler"),
        DRAFT("Utkast"),
        SUBMITTED("Venter på godkjenning"),
        RETURNED("Sendt tilbake"),
        APPROVED("Godkjent");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        static Status of(ReportState state) {
            return valueOf(state.name());
        }
    }

    @Schema(name = "ObligationLastReport")
    public record LastReport(
            @Schema(required = true) long id,
            @Schema(required = true) ReportState state,
            @Schema(required = true) LocalDate reportDate,
            @Schema(required = true) ImplementationStatus status,
            @Schema(required = true) Assessment assessment,
            @Schema(nullable = true) Integer percentComplete,
            @Schema(required = true) String text,
            @Schema(required = true) List<Link> links,
            @Schema(required = true, description = "Whether the caller wrote it.") boolean mine) {
    }

    @Schema(name = "ObligationReportLink")
    public record Link(@Schema(required = true) String url, @Schema(nullable = true) String title) {
    }
}
