package no.planstatus.transfer;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportSummary", description = "What an import created and changed, or would have on a dry run.")
public record ImportSummary(
        @Schema(required = true, description = "True when nothing was written.") boolean dryRun,
        @Schema(required = true, description = "In document order.") List<Created> created,
        @Schema(required = true, description = "In document order.") List<Updated> updated,
        @Schema(required = true, description = "How many of the document's resources matched what is stored.")
        int unchanged) {

    @Schema(name = "ImportCreated")
    public record Created(
            @Schema(required = true, examples = "measure", description = "council, party, strategic-plan, "
                    + "plan-section, goal, action-plan, measure, responsibility or report.") String type,
            @Schema(required = true, description = "The resource's key in the document.", examples = "2021-22/5.1")
            String key,
            @Schema(required = true, nullable = true, description = "What people know it by, as stored after the "
                    + "import: a party's or council's name, a plan's or section's title, a goal's or measure's text, "
                    + "a responsibility's party name, a report's period; null when it has none.",
                    examples = "gjennomføre «Fjellungdom i klimaskiftet» …") String name) {
    }

    @Schema(name = "ImportUpdated")
    public record Updated(
            @Schema(required = true, examples = "measure") String type,
            @Schema(required = true, examples = "2021-22/5.1") String key,
            @Schema(required = true, nullable = true, description = "What people know it by, as stored after the "
                    + "import: a party's or council's name, a plan's or section's title, a goal's or measure's text, "
                    + "a responsibility's party name, a report's period; null when it has none.",
                    examples = "gjennomføre «Fjellungdom i klimaskiftet» …") String name,
            @Schema(required = true, description = "The fields that differ, named as in the resource's API.",
                    examples = "[\"text\"]") List<String> fields) {
    }
}
