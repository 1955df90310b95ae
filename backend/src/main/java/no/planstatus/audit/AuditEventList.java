package no.planstatus.audit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Recorded changes, newest first.")
public record AuditEventList(@Schema(required = true) List<AuditEventView> items) {
}
