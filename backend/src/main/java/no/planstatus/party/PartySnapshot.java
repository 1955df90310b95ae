package no.planstatus.party;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import no.planstatus.change.Snapshot;

/** What the audit trail keeps of a party: its own fields, not its measures. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PartySnapshot(long id, long version, String slug, String name, PartyKind kind,
        String email) implements Snapshot {

    public static PartySnapshot of(Party party) {
        return new PartySnapshot(party.id, party.version, party.slug, party.name, party.kind, party.email);
    }
}
