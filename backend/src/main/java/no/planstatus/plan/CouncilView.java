package no.planstatus.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Council", description = "The regional council (regionråd) the plan belongs to.")
public record CouncilView(
        @Schema(required = true, examples = "Regionrådet for Fjellregionen") String name,
        @Schema(nullable = true, examples = "Rom for å skape - tid til å leve") String vision) {

    static CouncilView of(Council council) {
        return new CouncilView(council.name, council.vision);
    }
}
