package no.planstatus.responsibility;

import no.planstatus.common.Versioned;
import no.planstatus.party.PartyRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Responsibility", description = "A party's role in a measure.")
public record ResponsibilityView(
        @Schema(required = true) long id,
        @Schema(required = true,
                description = "Optimistic-lock version; the ETag of GET /measures/{measureId}/responsibilities/{id}.")
        long version,
        @Schema(required = true) PartyRef party,
        @Schema(required = true) ResponsibilityRole role,
        @Schema(required = true, description = "The party as the original «Ansvar» line words it.",
                examples = "administrasjonen") String wording) implements Versioned {

    public static ResponsibilityView of(Responsibility responsibility) {
        return new ResponsibilityView(responsibility.id, responsibility.version, PartyRef.of(responsibility.party),
                responsibility.role, responsibility.wording);
    }
}
