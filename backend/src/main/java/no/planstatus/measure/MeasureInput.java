package no.planstatus.measure;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client may set on a measure. Id, version, reference after creation and status are the server's. */
public final class MeasureInput {

    private MeasureInput() {
    }

    @Schema(name = "MeasureCreate")
    public record Create(
            @NotNull(message = "må fylles ut") @Positive(message = "må være et positivt heltall") Long actionPlanId,
            @NotNull(message = "må fylles ut") @Positive(message = "må være et positivt heltall") Long goalId,
            @NotBlank(message = "må fylles ut") @Size(max = 4000, message = "kan ha høyst 4000 tegn") String text,
            @NotBlank(message = "må fylles ut") @Size(max = 1000, message = "kan ha høyst 1000 tegn")
            @Schema(description = "The «Ansvar» line as the plan words it.") String responsibilityText,
            @Size(max = 60, message = "kan ha høyst 60 tegn")
            @Pattern(regexp = "[\\p{L}\\p{N}./_-]+", message = "kan bare ha bokstaver, tall og . / _ -")
            @Schema(description = "Stable reference; generated as <action plan code>/<goal number>.<position> when "
                    + "left out. It never changes afterwards.") String reference) {
    }

    @Schema(name = "MeasureUpdate")
    public record Update(
            @NotNull(message = "må fylles ut") @Positive(message = "må være et positivt heltall") Long goalId,
            @NotBlank(message = "må fylles ut") @Size(max = 4000, message = "kan ha høyst 4000 tegn") String text,
            @NotBlank(message = "må fylles ut") @Size(max = 1000, message = "kan ha høyst 1000 tegn")
            String responsibilityText,
            @NotNull(message = "må fylles ut") @Min(value = 1, message = "må være minst 1")
            @Schema(description = "Position under the goal, from 1; other measures move to make room.")
            Integer position) {
    }
}
