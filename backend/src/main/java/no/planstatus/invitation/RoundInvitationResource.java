package no.planstatus.invitation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.Params;
import no.planstatus.common.ResourceId;
import no.planstatus.mail.MailSender;
import no.planstatus.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/rounds/{roundId}/invitations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.EDITOR_NAME)
@SecurityRequirement(name = "session")
@SecurityRequirement(name = "bearer")
@Tag(name = "Personal report links", description = "Reporting without an account: links an editor sends by e-mail")
public class RoundInvitationResource {

    private final InvitationEditor editor;
    private final MailSender mailSender;

    public RoundInvitationResource(InvitationEditor editor, MailSender mailSender) {
        this.editor = editor;
        this.mailSender = mailSender;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createInvitation", summary = "Send a personal report link by e-mail",
            description = "The link lets the person report on the party's measures in this round, without an "
                    + "account, until the round is closed or the link is revoked; their reports are submitted for "
                    + "approval. Only the SHA-256 of the link's secret is stored. The e-mail's outcome is in the "
                    + "round's send log. When the e-mail was not sent (no SMTP server, or it failed), the answer "
                    + "holds the link, this once, so that the editor can pass it on; no later answer shows it.")
    @APIResponse(responseCode = "201", description = "Created; Location names the invitation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SentInvitation.class)))
    @APIResponse(responseCode = "409", description = "The round is closed.")
    public RestResponse<SentInvitation> create(
            @Parameter(description = "Round id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("roundId") String roundId,
            @Valid @NotNull(message = "mangler innhold") InvitationInput input) {
        long round = Params.pathId("roundId", roundId);
        InvitationEditor.Created created = editor.create(round, input);
        MailSender.Result result = mailSender.send(created.mail());
        editor.logMail(created, result);
        boolean sent = result.outcome() == MailSender.Outcome.SENT;
        SentInvitation answer = new SentInvitation(created.invitation(), result.outcome(), result.error(),
                sent ? null : created.link());
        return RestResponse.ResponseBuilder.<SentInvitation>created(
                        URI.create("/api/v1/rounds/" + round + "/invitations"))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(answer)
                .build();
    }

    @GET
    @Operation(operationId = "listRoundInvitations", summary = "List a round's personal report links, newest first",
            description = "Revoked ones included; never a link's secret.")
    public InvitationList list(
            @Parameter(description = "Round id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("roundId") String roundId) {
        long round = Params.pathId("roundId", roundId);
        return new InvitationList(editor.list(round)
                .orElseThrow(() -> ApiProblem.notFound("Rapporteringsrunde", round)));
    }
}
