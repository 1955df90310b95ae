package no.planstatus.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client may change on a strategic plan. Id, version, code and council are the server's. */
public final class StrategicPlanInput {

    private StrategicPlanInput() {
    }

    @Schema(name = "StrategicPlanUpdate")
    public record Update(
            @NotBlank(message = "må fylles ut") @Size(max = 300, message = "kan ha høyst 300 tegn") String title,
            @NotNull(message = "må fylles ut") @Min(value = 1000, message = "må være et årstall med fire sifre")
            @Max(value = 9999, message = "må være et årstall med fire sifre")
            @Schema(description = "First year; the plan's action plans must stay inside the period.")
            Integer periodStart,
            @NotNull(message = "må fylles ut") @Min(value = 1000, message = "må være et årstall med fire sifre")
            @Max(value = 9999, message = "må være et årstall med fire sifre")
            @Schema(description = "Last year; not before periodStart.") Integer periodEnd,
            @Size(max = 200, message = "kan ha høyst 200 tegn") String adoptedBy,
            @IsoDateOrMonth @Schema(description = "ISO 8601 date, or year-month where only that is known.",
                    examples = "2020-06") String adoptedOn,
            @Size(max = 4000, message = "kan ha høyst 4000 tegn") String closingStatement) {
    }
}
