package no.planstatus.account;

import no.planstatus.party.PartyRef;
import no.planstatus.security.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who is signed in, and the CSRF token the web app sends as X-CSRF-Token on writes.")
public record SignedIn(
        @Schema(required = true) String username,
        @Schema(required = true) String displayName,
        @Schema(required = true) Role role,
        @Schema(nullable = true, description = "For reporters: the party whose measures they report on.")
        PartyRef party,
        @Schema(nullable = true, description = "The account's e-mail address, where reminders are sent.") String email,
        @Schema(nullable = true, description = "Present when signed in with the session cookie.") String csrfToken) {
}
