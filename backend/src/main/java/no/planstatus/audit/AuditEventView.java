package no.planstatus.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEvent", description = "One recorded change: who made it, when, and what it changed.")
public record AuditEventView(
        @Schema(required = true) long id,
        @Schema(required = true) Instant occurredAt,
        @Schema(required = true, description = "ACCOUNT, TOKEN, or SYSTEM for changes Planstatus makes itself.",
                examples = "ACCOUNT") String actorType,
        @Schema(required = true, description = "The account's display name or the API token's label.")
        String actorName,
        @Schema(nullable = true, examples = "192.0.2.10", description = "The client address the change came from "
                + "(as a trusted proxy forwarded it, see PLANSTATUS_TRUSTED_PROXIES). Only in the audit trail admins "
                + "read; null in a measure's public history and for changes Planstatus made itself.")
        String clientAddress,
        @Schema(required = true) AuditEvent.Action action,
        @Schema(required = true, examples = "report",
                description = "measure, responsibility, goal, action-plan, strategic-plan, party, report, account, "
                        + "api-token or webhook.") String entityType,
        @Schema(required = true) long entityId,
        @Schema(nullable = true, description = "The measure the change concerns, if any.") Long measureId,
        @Schema(required = true, description = "The top-level fields whose values differ between before and after.")
        List<FieldChange> changes,
        @Schema(nullable = true, description = "The resource as it was before; null for a creation.")
        Map<String, Object> before,
        @Schema(nullable = true, description = "The resource as it was after; null for a deletion.")
        Map<String, Object> after) {

    @Schema(name = "FieldChange", description = "A top-level field that changed; values are as the API shows them.")
    public record FieldChange(
            @Schema(required = true, examples = "text") String field,
            @Schema(nullable = true, description = "The value before (any JSON value); null when it had none.")
            Object before,
            @Schema(nullable = true, description = "The value after (any JSON value); null when it has none.")
            Object after) {
    }
}
