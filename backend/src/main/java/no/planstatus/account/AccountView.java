package no.planstatus.account;

import java.time.Instant;
import no.planstatus.change.Snapshot;
import no.planstatus.common.Versioned;
import no.planstatus.party.PartyRef;
import no.planstatus.security.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Account", description = "A person who signs in to the web app. The password is never shown.")
public record AccountView(
        @Schema(required = true) long id,
        @Schema(required = true, description = "Optimistic-lock version; the ETag of the account.") long version,
        @Schema(required = true, examples = "kari.nordmann") String username,
        @Schema(required = true, examples = "Kari Nordmann") String displayName,
        @Schema(required = true) Role role,
        @Schema(nullable = true, description = "For reporters: the party whose measures they report on.")
        PartyRef party,
        @Schema(required = true) boolean active,
        @Schema(nullable = true, description = "Where reminders are sent.") String email,
        @Schema(required = true) Instant createdAt,
        @Schema(nullable = true, description = "When an admin last set a new password.") Instant passwordChangedAt)
        implements Versioned, Snapshot {

    static AccountView of(Account account) {
        return new AccountView(account.id, account.version, account.username, account.displayName, account.role,
                account.party == null ? null : PartyRef.of(account.party), account.active, account.email, account.createdAt,
                account.passwordChangedAt);
    }
}
