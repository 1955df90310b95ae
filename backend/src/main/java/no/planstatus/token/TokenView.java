package no.planstatus.token;

import java.time.Instant;
import no.planstatus.change.Snapshot;
import no.planstatus.party.PartyRef;
import no.planstatus.security.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiToken", description = "An API token as admins see it: never its secret or hash.")
public record TokenView(
        @Schema(required = true) long id,
        @Schema(required = true, examples = "Kommunens intranett") String name,
        @Schema(required = true, description = "The first characters of the secret, to tell tokens apart.",
                examples = "pst_Zx81kQ2a") String prefix,
        @Schema(required = true) Role role,
        @Schema(nullable = true, description = "For reporters: the party whose measures it reports on.")
        PartyRef party,
        @Schema(required = true, description = "The admin who issued it.") String createdBy,
        @Schema(required = true) Instant createdAt,
        @Schema(nullable = true, description = "Last authenticated use, to the minute.") Instant lastUsedAt,
        @Schema(nullable = true, description = "When it was revoked; a revoked token gets 401.") Instant revokedAt)
        implements Snapshot {

    static TokenView of(ApiToken token) {
        return new TokenView(token.id, token.name, token.tokenPrefix, token.role,
                token.party == null ? null : PartyRef.of(token.party), token.createdBy, token.createdAt,
                token.lastUsedAt, token.revokedAt);
    }
}
