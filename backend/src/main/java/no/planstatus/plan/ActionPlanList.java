package no.planstatus.plan;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Action plans, newest period first.")
public record ActionPlanList(@Schema(required = true) List<ActionPlanView> items) {
}
