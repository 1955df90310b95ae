package no.planstatus.statusreport;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.Params;
import no.planstatus.common.ResourceId;
import no.planstatus.common.RevalidateByVersion;
import no.planstatus.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/status-reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Status reports", description = "Published status reports: immutable snapshots of an action plan for a "
        + "period, for the council, as JSON, PDF and CSV")
public class StatusReportResource {

    private final StatusReportService service;
    private final StatusReportEditor editor;
    private final StatusReportPdf pdf;

    public StatusReportResource(StatusReportService service, StatusReportEditor editor, StatusReportPdf pdf) {
        this.service = service;
        this.editor = editor;
        this.pdf = pdf;
    }

    @GET
    @Operation(operationId = "listStatusReports", summary = "List published status reports, newest period first",
            description = "Every version is listed; a corrected one names its successor in supersededById.")
    @APIResponse(responseCode = "200", description = "The reports",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StatusReportList.class)))
    @APIResponse(responseCode = "404", description = "No such action plan")
    public StatusReportList list(
            @Parameter(description = "Action plan id; every action plan's reports when left out",
                    schema = @Schema(implementation = ResourceId.class))
            @QueryParam("actionPlan") String actionPlan) {
        Params params = new Params();
        Long id = params.id("actionPlan", actionPlan);
        params.validate();
        return service.list(id);
    }

    @POST
    @RolesAllowed(Role.EDITOR_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "publishStatusReport", summary = "Publish the status report of a round's period",
            description = "Takes a snapshot of the round's action plan (texts, responsibilities) and of each "
                    + "measure's latest approved report counted for the period. The snapshot never changes; the "
                    + "title defaults to «Statusrapport pr. <period>». A period has one published report: publish "
                    + "a correction to change it.")
    @APIResponse(responseCode = "201", description = "Published; Location names the new report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StatusReportView.class)))
    @APIResponse(responseCode = "409", description = "The period already has a published report (correct it "
            + "instead), or the action plan has no measures")
    public RestResponse<StatusReportView> publish(
            @Valid @NotNull(message = "mangler innhold") StatusReportInput.Publish input) {
        StatusReportView published = editor.publish(input);
        return created(published);
    }

    @POST
    @Path("/{id}/corrections")
    @RolesAllowed(Role.EDITOR_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "correctStatusReport", summary = "Publish a corrected version of a status report",
            description = "A new version of the same period's report with a fresh snapshot and the reason as its "
                    + "visible note; the corrected version names it in supersededById.")
    @APIResponse(responseCode = "201", description = "Published; Location names the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StatusReportView.class)))
    @APIResponse(responseCode = "409", description = "The version is already corrected: correct the newest one")
    public RestResponse<StatusReportView> correct(
            @Parameter(description = "Status report id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("id") String id,
            @Valid @NotNull(message = "mangler innhold") StatusReportInput.Correction input) {
        return created(editor.correct(Params.pathId("id", id), input));
    }

    @GET
    @Path("/{id}")
    @RevalidateByVersion
    @Operation(operationId = "getStatusReport", summary = "Get a published status report as it was published",
            description = "The snapshot never changes; only supersededById is set when a correction replaces it, "
                    + "which moves the ETag.")
    public RestResponse<StatusReportView> get(
            @Parameter(description = "Status report id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("id") String id) {
        StatusReportService.Stored stored = find(id);
        return RestResponse.ResponseBuilder.ok(stored.view()).tag(new EntityTag(stored.etag(""))).build();
    }

    @GET
    @Path("/{id}/pdf")
    @Produces(StatusReportPdf.MEDIA_TYPE)
    @RevalidateByVersion
    @Operation(operationId = "getStatusReportPdf", summary = "A published status report as a tagged PDF (PDF/UA)",
            description = "A4, for the council's case papers: document language nb, title, one bookmark per goal, "
                    + "page numbers and the council and period on every page.")
    @APIResponse(responseCode = "200", description = "The PDF, inline",
            headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = StatusReportPdf.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public RestResponse<byte[]> getPdf(
            @Parameter(description = "Status report id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("id") String id) {
        StatusReportService.Stored stored = find(id);
        return RestResponse.ResponseBuilder.ok(pdf.render(stored.view()), StatusReportPdf.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "inline; filename=\"" + StatusReportCsv.fileName(stored.view(), "pdf") + "\"")
                .tag(new EntityTag(stored.etag("-pdf")))
                .build();
    }

    @GET
    @Path("/{id}/csv")
    @Produces(StatusReportCsv.MEDIA_TYPE)
    @RevalidateByVersion
    @Operation(operationId = "getStatusReportCsv", summary = "A published status report's measures as CSV for Excel",
            description = "One row per measure in plan order, as the measure export writes them (UTF-8 with byte "
                    + "order mark, semicolons, CRLF); the last column is the report's comment.")
    @APIResponse(responseCode = "200", description = "The spreadsheet, as an attachment",
            headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = StatusReportCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<byte[]> getCsv(
            @Parameter(description = "Status report id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("id") String id) {
        StatusReportService.Stored stored = find(id);
        return RestResponse.ResponseBuilder.ok(StatusReportCsv.write(stored.view()), StatusReportCsv.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + StatusReportCsv.fileName(stored.view(), "csv") + "\"")
                .tag(new EntityTag(stored.etag("-csv")))
                .build();
    }

    private StatusReportService.Stored find(String id) {
        long reportId = Params.pathId("id", id);
        return service.get(reportId).orElseThrow(() -> ApiProblem.notFound("Publisert statusrapport", reportId));
    }

    private static RestResponse<StatusReportView> created(StatusReportView report) {
        return RestResponse.ResponseBuilder.<StatusReportView>created(URI.create("/api/v1/status-reports/"
                + report.id())).entity(report).build();
    }
}
