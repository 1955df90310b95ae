package no.planstatus.responsibility;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a client may set on a responsibility. Id, version and the measure are the server's; the party is fixed once
 * given (remove the responsibility and add another to change it).
 */
public final class ResponsibilityInput {

    private ResponsibilityInput() {
    }

    @Schema(name = "ResponsibilityCreate")
    public record Create(
            @NotNull(message = "må fylles ut") @Positive(message = "må være et positivt heltall")
            @Schema(description = "A party not yet responsible for the measure.") Long partyId,
            @NotNull(message = "må fylles ut") ResponsibilityRole role,
            @Size(max = 500, message = "kan ha høyst 500 tegn")
            @Schema(description = "The party as the measure's «Ansvar» line words it; the party's name when left "
                    + "blank.", examples = "administrasjonen") String wording) {
    }

    @Schema(name = "ResponsibilityUpdate")
    public record Update(
            @NotNull(message = "må fylles ut") ResponsibilityRole role,
            @Size(max = 500, message = "kan ha høyst 500 tegn")
            @Schema(description = "The party's name when left blank.") String wording,
            @NotNull(message = "må fylles ut") @Min(value = 1, message = "må være minst 1")
            @Schema(description = "Position among the measure's responsibilities, from 1; the others move to make "
                    + "room. Leads are not forced first.") Integer position) {
    }
}
