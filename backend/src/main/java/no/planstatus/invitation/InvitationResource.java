package no.planstatus.invitation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.Params;
import no.planstatus.common.ResourceId;
import no.planstatus.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/invitations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.EDITOR_NAME)
@Tag(name = "Personal report links")
public class InvitationResource {

    private final InvitationEditor editor;

    public InvitationResource(InvitationEditor editor) {
        this.editor = editor;
    }

    @POST
    @Path("/{id}/revoke")
    @Operation(operationId = "revokeInvitation", summary = "Revoke a personal report link",
            description = "The link stops working at once; reports already written through it stay. Revoking a "
                    + "revoked link changes nothing.")
    public InvitationView revoke(
            @Parameter(description = "Invitation id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("id") String id) {
        long invitation = Params.pathId("id", id);
        return editor.revoke(invitation).orElseThrow(() -> ApiProblem.notFound("Personlig lenke", invitation));
    }
}
