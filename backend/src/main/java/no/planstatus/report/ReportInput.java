package no.planstatus.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a client may write in a progress report, when creating or correcting it. Id, version, author and the
 * timestamps are the server's: the author is whoever is signed in (or the token's name).
 */
@Schema(name = "ReportInput")
public record ReportInput(
        @NotNull(message = "må fylles ut")
        @Schema(description = "The reporting period the report is for: one of the measure's action plan's periods "
                + "(GET /api/v1/action-plans/{id}/periods), not locked.", examples = "1051")
        Long periodId,
        @NotNull(message = "må fylles ut")
        @Schema(description = "The date the report describes the state at; within the action plan's period.",
                examples = "2022-08-31")
        LocalDate reportDate,
        @NotNull(message = "må fylles ut") ImplementationStatus status,
        @NotNull(message = "må fylles ut") Assessment assessment,
        @Min(value = 0, message = "må være mellom 0 og 100") @Max(value = 100, message = "må være mellom 0 og 100")
        Integer percentComplete,
        @NotBlank(message = "må fylles ut") @Size(max = 8000, message = "kan ha høyst 8000 tegn") String text,
        @Size(max = 10, message = "kan ha høyst 10 lenker")
        List<@NotNull(message = "må fylles ut") @Valid Link> links,
        @Schema(description = "True to keep the report as a draft, seen only by its author and editors; false or "
                + "absent to submit it (a reporter's report then waits for approval, an editor's is approved). "
                + "Correct a draft with false to submit it. An approved report cannot become a draft.")
        Boolean draft) {

    /** Whether the author asked to keep it as a draft. */
    public boolean keepAsDraft() {
        return Boolean.TRUE.equals(draft);
    }

    @Schema(name = "ReportLinkInput")
    public record Link(
            @NotBlank(message = "må fylles ut") @Size(max = 2000, message = "kan ha høyst 2000 tegn") @HttpUrl
            @Schema(examples = "https://www.example.no/sak/2022-17") String url,
            @Size(max = 300, message = "kan ha høyst 300 tegn") String title) {
    }
}
