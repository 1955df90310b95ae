package no.planstatus.period;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an editor may set on a reporting period. Id, version, the action plan and the kind are the server's. */
public final class PeriodInput {

    private PeriodInput() {
    }

    @Schema(name = "ReportingPeriodCreate", description = "An extra period (kind OTHER) of an action plan.")
    public record Create(
            @NotBlank(message = "må fylles ut") @Size(max = 100, message = "kan ha høyst 100 tegn")
            @Schema(examples = "Halvårsrapport 2022") String label,
            @NotNull(message = "må fylles ut") @Schema(description = "Within the action plan's years.")
            LocalDate startsOn,
            @NotNull(message = "må fylles ut") @Schema(description = "Not before startsOn; within the action "
                    + "plan's years.") LocalDate endsOn,
            @Schema(nullable = true, description = "When reports are due; not before startsOn.") LocalDate dueOn) {
    }

    @Schema(name = "ReportingPeriodUpdate")
    public record Update(
            @NotBlank(message = "må fylles ut") @Size(max = 100, message = "kan ha høyst 100 tegn") String label,
            @NotNull(message = "må fylles ut") @Schema(description = "Within the action plan's years.")
            LocalDate startsOn,
            @NotNull(message = "må fylles ut") @Schema(description = "Not before startsOn; within the action "
                    + "plan's years.") LocalDate endsOn,
            @Schema(nullable = true, description = "When reports are due; not before startsOn.") LocalDate dueOn,
            @NotNull(message = "må fylles ut") @Schema(description = "A locked period takes no new reports or "
                    + "corrections.") Boolean locked) {
    }
}
