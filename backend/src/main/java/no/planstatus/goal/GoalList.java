package no.planstatus.goal;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A page of goals in plan order, each with its measures.")
public record GoalList(
        @Schema(required = true) List<GoalView> items,
        @Schema(description = "Pass as `cursor` for the next page; null on the last page", nullable = true)
        String nextCursor) {
}
