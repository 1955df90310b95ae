package no.planstatus.party;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A responsible body, as referred to from measures.")
public record PartyRef(
        @Schema(required = true) long id,
        @Schema(required = true, examples = "administrasjonen") String slug,
        @Schema(required = true, examples = "Administrasjonen") String name,
        @Schema(required = true) PartyKind kind) {

    public static PartyRef of(Party party) {
        return new PartyRef(party.id, party.slug, party.name, party.kind);
    }
}
