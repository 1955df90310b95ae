package no.planstatus.statusreport;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the status report writes. */
public final class StatusReportInput {

    private StatusReportInput() {
    }

    /** Publish the report of a round's period; the title defaults to «Statusrapport pr. <period>». */
    @Schema(name = "StatusReportPublish")
    public record Publish(
            @NotNull(message = "mangler") Long roundId,
            @Size(max = 200, message = "kan være høyst 200 tegn") String title) {
    }

    /** Correct a published report: why, for the note every reader sees. */
    @Schema(name = "StatusReportCorrection")
    public record Correction(
            @NotBlank(message = "mangler; skriv hva som er rettet og hvorfor")
            @Size(max = 2000, message = "kan være høyst 2000 tegn") String reason) {
    }
}
