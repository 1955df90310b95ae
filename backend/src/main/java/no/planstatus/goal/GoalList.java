package no.planstatus.goal;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Goals in plan order, each with its measures.")
public record GoalList(@Schema(required = true) List<GoalView> items) {
}
