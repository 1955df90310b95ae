package no.planstatus.plan;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import no.planstatus.change.Snapshot;

/** A council (regionråd), as the audit trail keeps it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CouncilSnapshot(long id, String name, String vision) implements Snapshot {

    public static CouncilSnapshot of(Council council) {
        return new CouncilSnapshot(council.id, council.name, council.vision);
    }
}
