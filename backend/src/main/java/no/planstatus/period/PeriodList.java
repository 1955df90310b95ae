package no.planstatus.period;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportingPeriodList", description = "An action plan's reporting periods in time order.")
public record PeriodList(@Schema(required = true) List<PeriodView> items) {
}
