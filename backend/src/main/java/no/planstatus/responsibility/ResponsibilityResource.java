package no.planstatus.responsibility;

import static no.planstatus.common.Versions.withEtag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import no.planstatus.common.Params;
import no.planstatus.common.ResourceId;
import no.planstatus.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/measures/{measureId}/responsibilities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Responsibilities", description = "Who leads a measure and who takes part, in order")
public class ResponsibilityResource {

    private final ResponsibilityService service;
    private final ResponsibilityEditor editor;

    public ResponsibilityResource(ResponsibilityService service, ResponsibilityEditor editor) {
        this.service = service;
        this.editor = editor;
    }

    @GET
    @Operation(operationId = "listMeasureResponsibilities", summary = "List a measure's responsibilities in order")
    public ResponsibilityList list(
            @Parameter(description = "Measure id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("measureId") String measureId) {
        long id = Params.pathId("measureId", measureId);
        return new ResponsibilityList(service.listByMeasure(id).orElseThrow(() -> ApiProblem.notFound("Tiltak", id)));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMeasureResponsibility", summary = "Get one of a measure's responsibilities")
    public RestResponse<ResponsibilityView> get(
            @Parameter(description = "Measure id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("measureId") String measureId,
            @Parameter(description = "Responsibility id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("id") String id) {
        long measure = Params.pathId("measureId", measureId);
        long responsibility = Params.pathId("id", id);
        return withEtag(RestResponse.ResponseBuilder.ok(service.get(measure, responsibility)
                .orElseThrow(() -> ApiProblem.notFound("Ansvar", responsibility))));
    }

    @POST
    @RolesAllowed(Role.EDITOR_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createMeasureResponsibility",
            summary = "Make a party lead of or partner in a measure, last in its list",
            description = "The measure's «Ansvar» line (responsibilityText) is not changed.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name the new responsibility",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResponsibilityView.class)))
    @APIResponse(responseCode = "409", description = "The party already has a role in the measure")
    public RestResponse<ResponsibilityView> create(
            @Parameter(description = "Measure id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("measureId") String measureId,
            @Valid @NotNull(message = "mangler innhold") ResponsibilityInput.Create input) {
        long measure = Params.pathId("measureId", measureId);
        ResponsibilityView created = editor.create(measure, input);
        return withEtag(RestResponse.ResponseBuilder.<ResponsibilityView>created(
                URI.create("/api/v1/measures/" + measure + "/responsibilities/" + created.id())).entity(created));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.EDITOR_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateMeasureResponsibility",
            summary = "Change a responsibility's role, wording or position (If-Match required)")
    public RestResponse<ResponsibilityView> update(
            @Parameter(description = "Measure id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("measureId") String measureId,
            @Parameter(description = "Responsibility id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "mangler innhold") ResponsibilityInput.Update input) {
        return withEtag(RestResponse.ResponseBuilder.ok(editor.update(Params.pathId("measureId", measureId),
                Params.pathId("id", id), ifMatch, input)));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(operationId = "deleteMeasureResponsibility",
            summary = "Remove a party from a measure (If-Match required)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public RestResponse<Void> delete(
            @Parameter(description = "Measure id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("measureId") String measureId,
            @Parameter(description = "Responsibility id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        editor.delete(Params.pathId("measureId", measureId), Params.pathId("id", id), ifMatch);
        return RestResponse.noContent();
    }
}
