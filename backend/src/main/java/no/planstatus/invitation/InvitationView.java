package no.planstatus.invitation;

import java.time.Instant;
import no.planstatus.change.Snapshot;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A personal report link as editors see it and the audit trail keeps it: never its secret, nor the secret's hash.
 */
@Schema(name = "Invitation", description = "A personal report link (never its secret).")
public record InvitationView(
        @Schema(required = true) long id,
        @Schema(required = true) long version,
        @Schema(required = true) long roundId,
        @Schema(required = true) long partyId,
        @Schema(required = true) String partyName,
        @Schema(required = true, examples = "Kari Nordmann") String name,
        @Schema(required = true) String email,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true, description = "The editor who sent it.") String createdBy,
        @Schema(nullable = true, description = "When an editor revoked it; null while it is valid.") Instant revokedAt,
        @Schema(nullable = true, description = "When the link was last used to read or report.") Instant lastUsedAt)
        implements Snapshot {

    static InvitationView of(ReportInvitation invitation) {
        return new InvitationView(invitation.id, invitation.version, invitation.round.id, invitation.party.id,
                invitation.party.name, invitation.name, invitation.email, invitation.createdAt,
                invitation.createdBy, invitation.revokedAt, invitation.lastUsedAt);
    }
}
