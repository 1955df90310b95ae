package no.planstatus.invitation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InvitationList")
public record InvitationList(@Schema(required = true, description = "Newest first, revoked ones included.")
        List<InvitationView> items) {
}
