package no.planstatus.invitation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whom an editor sends a personal report link to, for one party's measures in a round. */
@Schema(name = "InvitationInput")
public record InvitationInput(
        @NotNull(message = "må fylles ut")
        @Schema(description = "The party whose measures in the round the link is for; it must have some there.")
        Long partyId,
        @NotBlank(message = "må fylles ut") @Size(max = 200, message = "kan ha høyst 200 tegn")
        @Schema(description = "The person's name; their reports are signed with it.", examples = "Kari Nordmann")
        String name,
        @NotBlank(message = "må fylles ut") @Size(max = 320, message = "kan ha høyst 320 tegn")
        @Email(message = "må være en e-postadresse")
        @Schema(examples = "kari@ue-innlandet.no") String email) {
}
