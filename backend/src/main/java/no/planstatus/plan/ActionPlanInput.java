package no.planstatus.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client may set on an action plan. Id, version and the code after creation are the server's. */
public final class ActionPlanInput {

    private ActionPlanInput() {
    }

    @Schema(name = "ActionPlanCreate")
    public record Create(
            @NotNull(message = "må fylles ut") @Positive(message = "må være et positivt heltall") Long strategicPlanId,
            @NotBlank(message = "må fylles ut") @Size(max = 40, message = "kan ha høyst 40 tegn")
            @Pattern(regexp = "[\\p{L}\\p{N}._-]+", message = "kan bare ha bokstaver, tall og . _ -")
            @Schema(description = "Stable short code; measure references start with it, so it never changes "
                    + "afterwards.", examples = "2023-24") String code,
            @NotBlank(message = "må fylles ut") @Size(max = 300, message = "kan ha høyst 300 tegn") String title,
            @NotNull(message = "må fylles ut") @Min(value = 1000, message = "må være et årstall med fire sifre")
            @Max(value = 9999, message = "må være et årstall med fire sifre")
            @Schema(description = "First year; inside the strategic plan's period.", examples = "2023")
            Integer periodStart,
            @NotNull(message = "må fylles ut") @Min(value = 1000, message = "må være et årstall med fire sifre")
            @Max(value = 9999, message = "må være et årstall med fire sifre")
            @Schema(description = "Last year; not before periodStart, inside the strategic plan's period.",
                    examples = "2024") Integer periodEnd,
            @Size(max = 200, message = "kan ha høyst 200 tegn") String adoptedBy,
            @IsoDateOrMonth @Schema(description = "ISO 8601 date, or year-month where only that is known.",
                    examples = "2023-05-26") String adoptedOn,
            @Size(max = 4000, message = "kan ha høyst 4000 tegn") String introduction,
            @Size(max = 1000, message = "kan ha høyst 1000 tegn") String measuresIntroduction) {
    }

    @Schema(name = "ActionPlanUpdate")
    public record Update(
            @NotBlank(message = "må fylles ut") @Size(max = 300, message = "kan ha høyst 300 tegn") String title,
            @NotNull(message = "må fylles ut") @Min(value = 1000, message = "må være et årstall med fire sifre")
            @Max(value = 9999, message = "må være et årstall med fire sifre")
            @Schema(description = "First year; inside the strategic plan's period.") Integer periodStart,
            @NotNull(message = "må fylles ut") @Min(value = 1000, message = "må være et årstall med fire sifre")
            @Max(value = 9999, message = "må være et årstall med fire sifre")
            @Schema(description = "Last year; not before periodStart, inside the strategic plan's period.")
            Integer periodEnd,
            @Size(max = 200, message = "kan ha høyst 200 tegn") String adoptedBy,
            @IsoDateOrMonth @Schema(description = "ISO 8601 date, or year-month where only that is known.")
            String adoptedOn,
            @Size(max = 4000, message = "kan ha høyst 4000 tegn") String introduction,
            @Size(max = 1000, message = "kan ha høyst 1000 tegn") String measuresIntroduction) {
    }
}
