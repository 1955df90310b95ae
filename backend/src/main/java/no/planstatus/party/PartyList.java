package no.planstatus.party;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A page of responsible bodies by name.")
public record PartyList(
        @Schema(required = true) List<PartySummary> items,
        @Schema(description = "Pass as `cursor` for the next page; null on the last page", nullable = true)
        String nextCursor) {
}
