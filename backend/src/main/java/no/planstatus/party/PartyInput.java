package no.planstatus.party;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.planstatus.common.EmailAddress;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client may set on a responsible body. Id, version and the slug after creation are the server's. */
public final class PartyInput {

    private PartyInput() {
    }

    @Schema(name = "PartyCreate")
    public record Create(
            @NotBlank(message = "må fylles ut") @Size(max = 100, message = "kan ha høyst 100 tegn")
            @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                    message = "kan bare ha små bokstaver a–z, tall og bindestrek mellom dem")
            @Schema(description = "Stable key for URLs, import files and integrations; it never changes afterwards.",
                    examples = "ungdomsradet-for-fjellregionen") String slug,
            @NotBlank(message = "må fylles ut") @Size(max = 200, message = "kan ha høyst 200 tegn")
            @Schema(examples = "Ungdomsrådet for Fjellregionen") String name,
            @NotNull(message = "må fylles ut") PartyKind kind,
            @EmailAddress @Size(max = EmailAddress.MAX_LENGTH, message = "kan ha høyst 320 tegn")
            @Schema(nullable = true, maxLength = EmailAddress.MAX_LENGTH, description = "The body's contact "
                    + "address, for the secretariat (e.g. to send a personal report link to). Never shown "
                    + "publicly: editors read it with getPartyContact. Leave out or empty for none.",
                    examples = "post@ungdomsradet.no") String email) {
    }

    @Schema(name = "PartyUpdate")
    public record Update(
            @NotBlank(message = "må fylles ut") @Size(max = 200, message = "kan ha høyst 200 tegn") String name,
            @NotNull(message = "må fylles ut") PartyKind kind,
            @EmailAddress @Size(max = EmailAddress.MAX_LENGTH, message = "kan ha høyst 320 tegn")
            @Schema(nullable = true, maxLength = EmailAddress.MAX_LENGTH, description = "The body's contact "
                    + "address, for the secretariat (e.g. to send a personal report link to). Never shown "
                    + "publicly: editors read it with getPartyContact. Leave out or empty for none (PUT replaces it).",
                    examples = "post@ungdomsradet.no") String email) {
    }
}
