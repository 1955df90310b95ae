package no.planstatus.round;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Every reporting round: open ones first, then by deadline, newest first.")
public record RoundList(@Schema(required = true) List<RoundSummary> items) {
}
