package no.planstatus.invitation;

import no.planstatus.mail.MailSender;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to sending a personal link: the invitation, what became of the e-mail and, only when the e-mail was
 * not sent, the link itself, so that the editor can pass it on by hand. It is shown this once: only its hash is
 * stored, so no later answer can show it again.
 */
@Schema(name = "SentInvitation")
public record SentInvitation(
        @Schema(required = true) InvitationView invitation,
        @Schema(required = true, description = "SENT, FAILED, or NOT_CONFIGURED when no SMTP server is set up.")
        MailSender.Outcome mailOutcome,
        @Schema(nullable = true, description = "Why the e-mail was not sent.") String mailError,
        @Schema(nullable = true, description = "The personal link, only when the e-mail was not sent; shown once.")
        String link) {
}
