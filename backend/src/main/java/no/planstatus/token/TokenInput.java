package no.planstatus.token;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import no.planstatus.security.Role;

/** What an admin chooses when issuing an API token; the secret, prefix and timestamps are the server's. */
@Schema(name = "TokenCreate")
public record TokenInput(
        @NotBlank(message = "må fylles ut") @Size(max = 200, message = "kan ha høyst 200 tegn")
        @Schema(description = "Names the system that uses the token; shown as the author of its reports.",
                examples = "Kommunens intranett") String name,
        @NotNull(message = "må fylles ut") Role role,
        @Positive(message = "må være et positivt heltall")
        @Schema(description = "Required for REPORTER (the party whose measures it reports on); not allowed for "
                + "other roles.") Long partyId) {
}
