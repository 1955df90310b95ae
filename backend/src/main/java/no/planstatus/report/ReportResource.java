package no.planstatus.report;

import static no.planstatus.common.Versions.withEtag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import java.util.Set;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.Page;
import no.planstatus.common.PageParams;
import no.planstatus.common.PageRequest;
import no.planstatus.common.Params;
import no.planstatus.common.ResourceId;
import no.planstatus.common.RevalidateByVersion;
import no.planstatus.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/measures/{measureId}/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Progress reports on measures")
public class ReportResource {

    private final ReportService service;
    private final ReportEditor editor;

    private final Validator validator;

    public ReportResource(ReportService service, ReportEditor editor, Validator validator) {
        this.service = service;
        this.editor = editor;
        this.validator = validator;
    }

    @GET
    @Operation(operationId = "listMeasureReports", summary = "List a measure's progress reports, newest first",
            description = "Newest by report date, then by entry order; corrected reports appear as corrected.")
    public ReportList list(
            @Parameter(description = "Measure id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("measureId") String measureId,
            @BeanParam PageParams paging) {
        long id = Params.pathId("measureId", measureId);
        Params params = new Params();
        PageRequest page = paging.parse(params, 2, false);
        params.validate();
        Page<ReportView> reports = service.pageByMeasure(id, page).orElseThrow(() -> ApiProblem.notFound("Tiltak", id));
        return new ReportList(reports.items(), reports.nextCursor());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMeasureReport", summary = "Get a progress report; the ETag is its version")
    @RevalidateByVersion
    public RestResponse<ReportView> get(
            @Parameter(description = "Measure id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("measureId") String measureId,
            @Parameter(description = "Report id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("id") String id) {
        long measure = Params.pathId("measureId", measureId);
        long report = Params.pathId("id", id);
        return withEtag(RestResponse.ResponseBuilder.ok(
                service.get(measure, report).orElseThrow(() -> ApiProblem.notFound("Statusrapport", report))));
    }

    @POST
    @RolesAllowed({Role.EDITOR_NAME, Role.REPORTER_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createMeasureReport", summary = "Report progress on a measure",
            description = "Editors report on any measure; reporters on the measures their party leads or is a "
                    + "partner in. The report date must lie within the action plan's period. The author is set "
                    + "from the signed-in account's display name or the API token's name.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name the new report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReportView.class)))
    public RestResponse<ReportView> create(
            @Parameter(description = "Measure id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("measureId") String measureId,
            ReportInput input) {
        long measure = Params.pathId("measureId", measureId);
        editor.requireMayReportOn(measure);
        ReportView created = editor.create(measure, valid(input));
        return withEtag(RestResponse.ResponseBuilder.<ReportView>created(
                URI.create("/api/v1/measures/" + measure + "/reports/" + created.id())).entity(created));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.EDITOR_NAME, Role.REPORTER_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "correctMeasureReport", summary = "Correct a progress report (If-Match required)",
            description = "Replaces the report's content, links included. The author stays the original writer; "
                    + "the measure's history keeps the earlier version and who corrected it. Same roles as "
                    + "creating a report.")
    public RestResponse<ReportView> correct(
            @Parameter(description = "Measure id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("measureId") String measureId,
            @Parameter(description = "Report id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ReportInput input) {
        long measure = Params.pathId("measureId", measureId);
        long report = Params.pathId("id", id);
        editor.requireMayReportOn(measure);
        return withEtag(RestResponse.ResponseBuilder.ok(editor.correct(measure, report, ifMatch, valid(input))));
    }

    /**
     * Validates the body after the party check (which needs the measure, so it cannot run before JAX-RS reads the
     * body): a reporter of another party gets 403, not validation messages.
     */
    private ReportInput valid(ReportInput input) {
        if (input == null) {
            throw ApiProblem.invalid("body", "mangler innhold");
        }
        Set<ConstraintViolation<ReportInput>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return input;
    }
}
