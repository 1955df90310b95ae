package no.planstatus.party;

import java.util.List;
import no.planstatus.common.Versioned;
import no.planstatus.measure.MeasureSummary;
import no.planstatus.responsibility.ResponsibilityRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Party", description = "A responsible body and the measures it leads or partners in.")
public record PartyView(
        @Schema(required = true) long id,
        @Schema(required = true, description = "Optimistic-lock version; the ETag of GET /parties/{id}.") long version,
        @Schema(required = true) String slug,
        @Schema(required = true) String name,
        @Schema(required = true) PartyKind kind,
        @Schema(required = true, description = "In plan order; each measure carries all its responsibilities.")
        List<PartyMeasure> measures) implements Versioned {

    @Schema(description = "A measure and this party's role in it.")
    public record PartyMeasure(
            @Schema(required = true) ResponsibilityRole role,
            @Schema(required = true, description = "The party as the measure's «Ansvar» line words it.")
            String wording,
            @Schema(required = true) MeasureSummary measure) {
    }
}
