package no.planstatus.invitation;

import static no.planstatus.common.Versions.withEtag;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import no.planstatus.common.Params;
import no.planstatus.common.PrivateRead;
import no.planstatus.common.PublicWrite;
import no.planstatus.common.ResourceId;
import no.planstatus.report.ReportInput;
import no.planstatus.report.ReportView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The operations of a personal link's holder, who has no account. The link's secret travels in the
 * {@value #SECRET_HEADER} header, never in a URL of the API (where access logs and proxies would keep it). A foreign
 * site cannot send that header without a CORS preflight, which is refused, so the header is also proof against
 * cross-site requests; a browser that is signed in as well still sends its CSRF token, as for every write.
 */
@Path("/api/v1/invitation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Personal report links")
public class LinkHolderResource {

    public static final String SECRET_HEADER = "X-Invitation-Secret";

    private final LinkHolderService service;

    public LinkHolderResource(LinkHolderService service) {
        this.service = service;
    }

    @GET
    @PrivateRead
    @Operation(operationId = "getOwnInvitation", summary = "What a personal link's holder is asked to report on",
            description = "The person, the party, the round (period, deadline, message) and the party's measures "
                    + "in the round with their current status and what the holder has reported on them. Never "
                    + "cached.")
    @APIResponse(responseCode = "200", description = "The invitation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InvitationDetails.class)))
    @APIResponse(responseCode = "404", description = "The link is wrong, revoked or its round is closed (one answer "
            + "for all three).")
    @APIResponse(responseCode = "429", description = "Too many invalid links tried from this address.",
            headers = @Header(name = "Retry-After", description = "Seconds to wait",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER)))
    public InvitationDetails get(
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The secret of the personal link")
            @HeaderParam(SECRET_HEADER) String secret) {
        return service.details(secret);
    }

    @POST
    @Path("/measures/{measureId}/reports")
    @PublicWrite
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createInvitationReport", summary = "Report on a measure through a personal link",
            description = "The same rules as any report. It is signed with the person's name and e-mail address, "
                    + "belongs to the round's period and is submitted for approval: it is not public until an "
                    + "editor approves it.")
    @APIResponse(responseCode = "201", description = "Submitted; Location names the report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "403", description = "The measure is not one of the link's.")
    @APIResponse(responseCode = "404", description = "The link is wrong, revoked or its round is closed (one answer "
            + "for all three).")
    @APIResponse(responseCode = "429", description = "Too many invalid links tried from this address.",
            headers = @Header(name = "Retry-After", description = "Seconds to wait",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER)))
    public RestResponse<ReportView> report(
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The secret of the personal link")
            @HeaderParam(SECRET_HEADER) String secret,
            @Parameter(description = "Measure id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("measureId") String measureId,
            ReportInput input) {
        long measure = Params.pathId("measureId", measureId);
        ReportView created = service.report(secret, measure, input);
        return withEtag(RestResponse.ResponseBuilder.<ReportView>created(
                URI.create("/api/v1/measures/" + measure + "/reports/" + created.id())).entity(created));
    }
}
