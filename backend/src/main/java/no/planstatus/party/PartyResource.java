package no.planstatus.party;

import static no.planstatus.common.Versions.withEtag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.Page;
import no.planstatus.common.PageParams;
import no.planstatus.common.PageRequest;
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

@Path("/api/v1/parties")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parties", description = "Responsible bodies: internal bodies, member municipalities, partners")
public class PartyResource {

    private final PartyService service;
    private final PartyEditor editor;

    public PartyResource(PartyService service, PartyEditor editor) {
        this.service = service;
        this.editor = editor;
    }

    @GET
    @Operation(operationId = "listParties",
            summary = "List responsible bodies with their number of measures, a page at a time")
    public PartyList list(@BeanParam PageParams paging) {
        Params params = new Params();
        PageRequest page = paging.parse(params, 1, true);
        params.validate();
        Page<PartySummary> parties = service.page(page);
        return new PartyList(parties.items(), parties.nextCursor());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getParty", summary = "Get a responsible body with the measures it leads or partners in")
    public RestResponse<PartyView> get(
            @Parameter(description = "Party id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("id") String id) {
        long partyId = Params.pathId("id", id);
        return withEtag(RestResponse.ResponseBuilder.ok(
                service.get(partyId).orElseThrow(() -> ApiProblem.notFound("Ansvarlig", partyId))));
    }

    @GET
    @Path("/{id}/contact")
    @RolesAllowed(Role.EDITOR_NAME)
    @SecurityRequirement(name = "session")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "getPartyContact",
            summary = "Get a responsible body's contact e-mail address (editors only; never public)",
            description = "Set it with updateParty.")
    public PartyContact getContact(
            @Parameter(description = "Party id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("id") String id) {
        long partyId = Params.pathId("id", id);
        return service.contact(partyId).orElseThrow(() -> ApiProblem.notFound("Ansvarlig", partyId));
    }

    @POST
    @RolesAllowed(Role.EDITOR_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createParty", summary = "Create a responsible body")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name the new party",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartyView.class)))
    @APIResponse(responseCode = "409", description = "The slug is taken")
    public RestResponse<PartyView> create(@Valid @NotNull(message = "mangler innhold") PartyInput.Create input) {
        PartyView created = editor.create(input);
        return withEtag(RestResponse.ResponseBuilder.<PartyView>created(
                URI.create("/api/v1/parties/" + created.id())).entity(created));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.EDITOR_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateParty",
            summary = "Change a responsible body's name or kind (If-Match required)",
            description = "The slug never changes.")
    public RestResponse<PartyView> update(
            @Parameter(description = "Party id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "mangler innhold") PartyInput.Update input) {
        return withEtag(RestResponse.ResponseBuilder.ok(editor.update(Params.pathId("id", id), ifMatch, input)));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(operationId = "deleteParty",
            summary = "Delete a responsible body with no responsibilities, accounts or tokens (If-Match required)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The party is responsible for measures, or accounts or tokens "
            + "belong to it")
    public RestResponse<Void> delete(
            @Parameter(description = "Party id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        editor.delete(Params.pathId("id", id), ifMatch);
        return RestResponse.noContent();
    }
}
