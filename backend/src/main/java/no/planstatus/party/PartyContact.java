package no.planstatus.party;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How to reach a responsible body. Editors only: a contact address is not shown publicly.")
public record PartyContact(
        @Schema(required = true) long id,
        @Schema(required = true, description = "The party's version; the ETag of GET /parties/{id}.") long version,
        @Schema(nullable = true, examples = "post@ungdomsradet.no") String email) {

    static PartyContact of(Party party) {
        return new PartyContact(party.id, party.version, party.email);
    }
}
