package no.planstatus.report;

import static no.planstatus.common.Versions.withEtag;

import jakarta.annotation.security.RolesAllowed;
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

    public ReportResource(ReportService service, ReportEditor editor) {
        this.service = service;
        this.editor = editor;
    }

    @GET
    @Operation(operationId = "listMeasureReports", summary = "List a measure's approved progress reports, newest first",
            description = "Newest by report date, then by entry order; corrected reports appear as corrected. Public "
                    + "and the same for every caller: only approved reports. Drafts, reports waiting for approval "
                    + "and reports sent back are in listReportsForReview (editors) and listMyReports (their author).")
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
    @Operation(operationId = "getMeasureReport", summary = "Get an approved progress report; the ETag is its version",
            description = "404 for a report that is not approved: those are not public.")
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
                    + "partner in. The report date must lie within the action plan's period; every problem with the "
                    + "body comes in one 400. The author is set from the signed-in account's display name or the "
                    + "API token's name. A reporter's report waits for an editor's approval (state SUBMITTED) while "
                    + "the review setting asks for it; an editor's is APPROVED at once; draft=true keeps it as a "
                    + "DRAFT.")
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
                    + "creating a report; a report not yet approved only by its author or an editor. A draft or a "
                    + "report sent back is submitted again with draft=false (or kept with draft=true).")
    @APIResponse(responseCode = "200", description = "Corrected; ETag is its new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "409", description = "draft=true for an approved report, which is public")
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

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(operationId = "approveMeasureReport", summary = "Approve a submitted report (If-Match required)",
            description = "Editors only. The report becomes public and, when it is the latest, the measure's status; "
                    + "webhooks receive report.approved. 409 when the report is not waiting for approval.")
    @APIResponse(responseCode = "200", description = "Approved; ETag is its new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "409", description = "The report is not waiting for approval")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version: someone else "
            + "changed it.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public RestResponse<ReportView> approve(
            @Parameter(description = "Measure id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("measureId") String measureId,
            @Parameter(description = "Report id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long measure = Params.pathId("measureId", measureId);
        long report = Params.pathId("id", id);
        return withEtag(RestResponse.ResponseBuilder.ok(editor.approve(measure, report, ifMatch)));
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed(Role.EDITOR_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "returnMeasureReport", summary = "Send a submitted report back to its author "
            + "(If-Match required)",
            description = "Editors only. The comment, required, tells the author what to correct; the report stays "
                    + "private until it is corrected, submitted again and approved.")
    @APIResponse(responseCode = "200", description = "Sent back; ETag is its new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "409", description = "The report is not waiting for approval")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version: someone else "
            + "changed it.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public RestResponse<ReportView> sendBack(
            @Parameter(description = "Measure id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("measureId") String measureId,
            @Parameter(description = "Report id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ReturnInput input) {
        long measure = Params.pathId("measureId", measureId);
        long report = Params.pathId("id", id);
        return withEtag(RestResponse.ResponseBuilder.ok(
                editor.sendBack(measure, report, ifMatch, input == null ? null : input.comment())));
    }

    /** Why a report is sent back. */
    @Schema(name = "ReportReturnInput")
    public record ReturnInput(
            @Schema(required = true, maxLength = ReportEditor.RETURN_COMMENT_MAX,
                    description = "What the author should correct; shown to them with the report.") String comment) {
    }

    /**
     * The body must be there; its rules are checked by the editor after the party check (which needs the measure,
     * so it cannot run before JAX-RS reads the body), so a reporter of another party gets 403, not validation
     * messages, and every problem comes in one answer.
     */
    private static ReportInput valid(ReportInput input) {
        if (input == null) {
            throw ApiProblem.invalid("body", "mangler innhold");
        }
        return input;
    }
}
