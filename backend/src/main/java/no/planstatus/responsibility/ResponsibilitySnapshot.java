package no.planstatus.responsibility;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import no.planstatus.change.Snapshot;
import no.planstatus.party.PartyRef;

/** A responsibility as the audit trail keeps it, its place in the measure's list included. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ResponsibilitySnapshot(long id, long version, Long measureId, PartyRef party, ResponsibilityRole role,
        int position, String wording) implements Snapshot {

    public static ResponsibilitySnapshot of(Responsibility responsibility) {
        return new ResponsibilitySnapshot(responsibility.id, responsibility.version, responsibility.measure.id,
                PartyRef.of(responsibility.party), responsibility.role, responsibility.position,
                responsibility.wording);
    }
}
