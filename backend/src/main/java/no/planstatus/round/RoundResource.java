package no.planstatus.round;

import static no.planstatus.common.Versions.withEtag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.Params;
import no.planstatus.common.ResourceId;
import no.planstatus.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/rounds")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.EDITOR_NAME)
@SecurityRequirement(name = "session")
@SecurityRequirement(name = "bearer")
@Tag(name = "Rounds", description = "Reporting rounds: asking the responsible bodies for reports for a period")
public class RoundResource {

    private static final String CLOSED_OR_TAKEN = "The round is closed, or (opening) the period already has an open "
            + "round or is locked";

    private final RoundService service;
    private final RoundEditor editor;

    public RoundResource(RoundService service, RoundEditor editor) {
        this.service = service;
        this.editor = editor;
    }

    @GET
    @Operation(operationId = "listRounds", summary = "List reporting rounds, open ones first, with how complete each is")
    public RoundList list() {
        return service.list();
    }

    @GET
    @Path("/proposal")
    @Operation(operationId = "proposeRound", summary = "What a new round for a period would take by default",
            description = "The periods to choose from and, with periodId, the period's measures: which are in a "
                    + "new round by default (not completed or cancelled) and who must report by default (the lead "
                    + "bodies).")
    @APIResponse(responseCode = "200", description = "The proposal",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RoundProposal.class)))
    @APIResponse(responseCode = "404", description = "No reporting period has the given periodId")
    public RoundProposal proposal(
            @Parameter(description = "The reporting period to propose a round for",
                    schema = @Schema(implementation = ResourceId.class))
            @QueryParam("periodId") String periodId) {
        Params params = new Params();
        Long period = params.id("periodId", periodId);
        params.validate();
        return service.proposal(period);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "openRound", summary = "Open a reporting round for a period",
            description = "Without measureIds the round takes every measure of the period's action plan whose "
                    + "current status is neither completed nor cancelled; for each, its lead bodies must report "
                    + "(its partners when it has no lead; a measure with no one responsible is left out). "
                    + "extraAssignments adds parties, e.g. partners. A period has at most one open round.")
    @APIResponse(responseCode = "201", description = "Opened; Location and ETag name the new round",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "409", description = "The period already has an open round, or is locked")
    public RestResponse<RoundView> open(@Valid @NotNull(message = "mangler innhold") RoundInput.Open input) {
        RoundView opened = editor.open(input);
        return withEtag(RestResponse.ResponseBuilder.<RoundView>created(URI.create("/api/v1/rounds/" + opened.id()))
                .entity(opened));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRound", summary = "Get a reporting round with who must report on what; the ETag "
            + "is its version")
    public RestResponse<RoundView> get(
            @Parameter(description = "Round id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("id") String id) {
        long roundId = Params.pathId("id", id);
        return withEtag(RestResponse.ResponseBuilder.ok(
                service.get(roundId).orElseThrow(() -> ApiProblem.notFound("Rapporteringsrunde", roundId))));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateRound", summary = "Change an open round's deadline and message (If-Match "
            + "required)")
    @APIResponse(responseCode = "200", description = "Changed; the ETag is the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "409", description = CLOSED_OR_TAKEN)
    public RestResponse<RoundView> update(
            @Parameter(description = "Round id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "mangler innhold") RoundInput.Update input) {
        return withEtag(RestResponse.ResponseBuilder.ok(editor.update(Params.pathId("id", id), ifMatch, input)));
    }

    @PUT
    @Path("/{id}/assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceRoundAssignments",
            summary = "Set an open round's measures and who must report on each (If-Match required)",
            description = "Replaces every assignment: a measure left out leaves the round. The round's version "
                    + "moves.")
    @APIResponse(responseCode = "200", description = "Changed; the ETag is the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "409", description = CLOSED_OR_TAKEN)
    public RestResponse<RoundView> replaceAssignments(
            @Parameter(description = "Round id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "mangler innhold") RoundInput.Assignments input) {
        return withEtag(RestResponse.ResponseBuilder.ok(
                editor.replaceAssignments(Params.pathId("id", id), ifMatch, input)));
    }

    @POST
    @Path("/{id}/close")
    @Operation(operationId = "closeRound", summary = "Close a reporting round (If-Match required)",
            description = "A closed round takes no changes, and no one owes anything in it any more.")
    @APIResponse(responseCode = "200", description = "Closed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "409", description = "The round is already closed")
    @APIResponse(responseCode = "412", description = "If-Match names an earlier version of the round")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<RoundView> close(
            @Parameter(description = "Round id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withEtag(RestResponse.ResponseBuilder.ok(editor.close(Params.pathId("id", id), ifMatch)));
    }

    @GET
    @Path("/{id}/progress")
    @Operation(operationId = "getRoundProgress", summary = "How complete a round is",
            description = "In total («14 av 22 tiltak rapportert, 5 venter på godkjenning, 3 mangler»), per "
                    + "responsible body, per goal and per measure, with the reminders sent and whether e-mail is "
                    + "configured.")
    public RoundProgress progress(
            @Parameter(description = "Round id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("id") String id) {
        long roundId = Params.pathId("id", id);
        return service.progress(roundId).orElseThrow(() -> ApiProblem.notFound("Rapporteringsrunde", roundId));
    }
}
