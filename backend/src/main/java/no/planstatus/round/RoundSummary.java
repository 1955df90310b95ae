package no.planstatus.round;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A reporting round in the list, with how complete it is.")
public record RoundSummary(
        @Schema(required = true) long id,
        @Schema(required = true) long version,
        @Schema(required = true) RoundPeriod period,
        @Schema(required = true) LocalDate deadline,
        @Schema(required = true) boolean open,
        @Schema(required = true) Instant openedAt,
        @Schema(nullable = true) Instant closedAt,
        @Schema(required = true) RoundCounts counts) {
}
