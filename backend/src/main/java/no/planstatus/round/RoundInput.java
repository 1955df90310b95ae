package no.planstatus.round;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an editor may send to open a reporting round or change who must report in it. */
public final class RoundInput {

    private RoundInput() {
    }

    @Schema(name = "RoundOpen")
    public record Open(
            @NotNull(message = "må fylles ut") @Schema(description = "The reporting period the round asks for.")
            Long periodId,
            @NotNull(message = "må fylles ut") @Schema(examples = "2022-10-01") LocalDate deadline,
            @Size(max = 4000, message = "kan ha høyst 4000 tegn")
            @Schema(nullable = true, description = "The editor's message to the reporters; optional.") String message,
            @Size(min = 1, max = 10000, message = "må ha mellom 1 og 10000 tiltak")
            @Schema(nullable = true, description = "The measures to report on. Default: every measure of the "
                    + "period's action plan whose current status is neither completed nor cancelled.")
            List<@NotNull(message = "må fylles ut") Long> measureIds,
            @Size(max = 10000, message = "kan ha høyst 10000 tildelinger")
            @Schema(nullable = true, description = "Parties that must report besides the measures' lead bodies, "
                    + "e.g. partners; each measure must be one of the round's.")
            List<@NotNull(message = "må fylles ut") @Valid Assignment> extraAssignments) {
    }

    @Schema(name = "RoundUpdate")
    public record Update(
            @NotNull(message = "må fylles ut") @Schema(examples = "2022-10-01") LocalDate deadline,
            @Size(max = 4000, message = "kan ha høyst 4000 tegn") @Schema(nullable = true) String message) {
    }

    @Schema(name = "RoundAssignmentInput", description = "That a party must report on a measure.")
    public record Assignment(
            @NotNull(message = "må fylles ut") Long measureId,
            @NotNull(message = "må fylles ut") Long partyId) {
    }

    @Schema(name = "RoundAssignments", description = "The round's measures and, for each, who must report. "
            + "Replaces the round's assignments: a measure left out leaves the round.")
    public record Assignments(
            @NotNull(message = "må fylles ut") @Size(min = 1, max = 10000, message = "må ha mellom 1 og 10000 tiltak")
            List<@NotNull(message = "må fylles ut") @Valid MeasureParties> measures) {
    }

    @Schema(name = "RoundMeasureParties")
    public record MeasureParties(
            @NotNull(message = "må fylles ut") Long measureId,
            @NotNull(message = "må fylles ut") @Size(min = 1, max = 100, message = "må ha mellom 1 og 100 ansvarlige")
            List<@NotNull(message = "må fylles ut") Long> partyIds) {
    }
}
