package no.planstatus.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The web app's view of its session: who is signed in, or null when nobody is.")
public record CurrentSession(
        @Schema(required = true, nullable = true, description = "As GET /api/v1/auth/me answers; null when nobody "
                + "is signed in.") SignedIn account) {
}
