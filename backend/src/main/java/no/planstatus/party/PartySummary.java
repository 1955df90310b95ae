package no.planstatus.party;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A responsible body with how many measures it leads and partners in.")
public record PartySummary(
        @Schema(required = true) long id,
        @Schema(required = true, description = "Optimistic-lock version; the ETag of GET /parties/{id}.") long version,
        @Schema(required = true, examples = "administrasjonen") String slug,
        @Schema(required = true, examples = "Administrasjonen") String name,
        @Schema(required = true) PartyKind kind,
        @Schema(required = true) long leadCount,
        @Schema(required = true) long partnerCount) {
}
