package no.planstatus.plan;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Strategic plans, newest period first.")
public record StrategicPlanList(@Schema(required = true) List<StrategicPlanSummary> items) {
}
