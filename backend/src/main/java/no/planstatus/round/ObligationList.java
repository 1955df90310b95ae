package no.planstatus.round;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What the caller's party must report on in the open rounds: by deadline, then in plan order.")
public record ObligationList(@Schema(required = true) List<Obligation> items) {
}
