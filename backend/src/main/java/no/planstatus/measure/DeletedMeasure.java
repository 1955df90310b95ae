package no.planstatus.measure;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A measure that was deleted: drop it from a copy kept in sync with `changedSince`.")
public record DeletedMeasure(
        @Schema(required = true, description = "The id the measure had") long id,
        @Schema(required = true, description = "The stable reference it had; a later measure may take it again",
                examples = "2021-22/5.1") String reference,
        @Schema(required = true) Instant deletedAt) {
}
