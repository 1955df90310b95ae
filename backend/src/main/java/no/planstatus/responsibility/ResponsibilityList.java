package no.planstatus.responsibility;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A measure's responsibilities in order.")
public record ResponsibilityList(@Schema(required = true) List<ResponsibilityView> items) {
}
