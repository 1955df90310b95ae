package no.planstatus.measure;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.Page;
import no.planstatus.common.PageParams;
import no.planstatus.common.PageRequest;
import no.planstatus.common.Params;
import no.planstatus.common.ResourceId;
import no.planstatus.report.Assessment;
import no.planstatus.report.MeasureStatus;
import no.planstatus.responsibility.ResponsibilityRole;
import no.planstatus.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/measures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Measures", description = "The measures (tiltak) of the action plans")
public class MeasureResource {

    private final MeasureService service;
    private final MeasureEditor editor;

    public MeasureResource(MeasureService service, MeasureEditor editor) {
        this.service = service;
        this.editor = editor;
    }

    @GET
    @Operation(operationId = "listMeasures", summary = "List measures, optionally filtered, a page at a time",
            description = "Filters combine with AND. `party` with `role` lists what a body leads or partners in. "
                    + "Pages follow `nextCursor` until it is null; the order is stable.")
    public MeasureList list(
            @Parameter(description = "Action plan id", schema = @Schema(implementation = ResourceId.class))
            @QueryParam("actionPlan") String actionPlan,
            @Parameter(description = "Goal id", schema = @Schema(implementation = ResourceId.class))
            @QueryParam("goal") String goal,
            @Parameter(description = "Party id: measures this party is responsible for",
                    schema = @Schema(implementation = ResourceId.class))
            @QueryParam("party") String party,
            @Parameter(description = "Role of the responsibility (with or without party)",
                    schema = @Schema(implementation = ResponsibilityRole.class)) @QueryParam("role") String role,
            @Parameter(description = "Current status", schema = @Schema(implementation = MeasureStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = "Stable reference, e.g. 2021-22/1.3") @QueryParam("reference")
            String reference,
            @Parameter(description = "Assessment of the current status",
                    schema = @Schema(implementation = Assessment.class)) @QueryParam("assessment") String assessment,
            @Parameter(description = "Only measures whose text, responsibilities or reports changed at or after "
                    + "this instant (ISO 8601, e.g. 2026-11-27T10:15:30Z)") @QueryParam("changedSince")
            String changedSince,
            @Parameter(description = "true: only measures without an approved report for their action plan's latest"
                    + " closed reporting period (see `staleness`); false: only those with one",
                    schema = @Schema(implementation = Boolean.class)) @QueryParam("stale") String stale,
            @Parameter(description = "Free text: measures whose reference, text or responsibility text contains it,"
                    + " ignoring case (at most 200 characters)") @QueryParam("q") String q,
            @BeanParam PageParams paging) {
        Params params = new Params();
        MeasureFilter filter = new MeasureFilter(
                null,
                params.id("actionPlan", actionPlan),
                params.id("goal", goal),
                params.id("party", party),
                params.oneOf("role", role, ResponsibilityRole.class),
                params.oneOf("status", status, MeasureStatus.class),
                params.text("reference", reference, 60),
                params.oneOf("assessment", assessment, Assessment.class),
                params.instant("changedSince", changedSince),
                params.bool("stale", stale),
                params.text("q", q, 200));
        PageRequest page = paging.parse(params, 5, false);
        params.validate();
        Page<MeasureSummary> measures = service.page(filter, page);
        return new MeasureList(measures.items(), measures.nextCursor());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMeasure", summary = "Get a measure with its responsibilities and current status")
    public RestResponse<MeasureSummary> get(
            @Parameter(description = "Measure id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("id") String id) {
        long measureId = Params.pathId("id", id);
        return withEtag(RestResponse.ResponseBuilder.ok(
                service.get(measureId).orElseThrow(() -> ApiProblem.notFound("Tiltak", measureId))));
    }

    @POST
    @RolesAllowed(Role.EDITOR_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createMeasure", summary = "Create a measure under a goal of an action plan")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name the new measure",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasureSummary.class)))
    @APIResponse(responseCode = "409", description = "The reference is taken")
    public RestResponse<MeasureSummary> create(@Valid @NotNull(message = "mangler innhold") MeasureInput.Create input) {
        MeasureSummary created = editor.create(input);
        return withEtag(RestResponse.ResponseBuilder.<MeasureSummary>created(
                URI.create("/api/v1/measures/" + created.id())).entity(created));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.EDITOR_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateMeasure",
            summary = "Change a measure's text, responsibility line, goal or position (If-Match required)")
    public RestResponse<MeasureSummary> update(
            @Parameter(description = "Measure id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull(message = "mangler innhold") MeasureInput.Update input) {
        return withEtag(RestResponse.ResponseBuilder.ok(editor.update(Params.pathId("id", id), ifMatch, input)));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(operationId = "deleteMeasure", summary = "Delete a measure without reports (If-Match required)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The measure has progress reports")
    public RestResponse<Void> delete(
            @Parameter(description = "Measure id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        editor.delete(Params.pathId("id", id), ifMatch);
        return RestResponse.noContent();
    }
}
