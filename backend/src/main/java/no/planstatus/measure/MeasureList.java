package no.planstatus.measure;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Measures in plan order: action plan, goal number, position.")
public record MeasureList(@Schema(required = true) List<MeasureSummary> items) {
}
