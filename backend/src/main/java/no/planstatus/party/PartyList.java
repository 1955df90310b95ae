package no.planstatus.party;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Responsible bodies by name.")
public record PartyList(@Schema(required = true) List<PartySummary> items) {
}
