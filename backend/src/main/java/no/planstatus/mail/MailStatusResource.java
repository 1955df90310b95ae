package no.planstatus.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.planstatus.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Whether Planstatus can send e-mail, so the round page can say when reminders and links are not sent. */
@Path("/api/v1/mail/status")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "session")
@SecurityRequirement(name = "bearer")
@Tag(name = "Reminders")
public class MailStatusResource {

    @Schema(name = "MailStatus", description = "Whether e-mail is sent.")
    public record MailStatus(
            @Schema(required = true, description = "Whether an SMTP server is configured (PLANSTATUS_SMTP_HOST); "
                    + "when not, reminders and personal links are not sent.") boolean configured) {
    }

    private final MailSender sender;

    public MailStatusResource(MailSender sender) {
        this.sender = sender;
    }

    @GET
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(operationId = "getMailStatus", summary = "Whether an SMTP server is configured, so e-mail is sent")
    public MailStatus status() {
        return new MailStatus(sender.isConfigured());
    }
}
