package no.planstatus.transfer;

import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.BodyLimit;
import no.planstatus.common.Params;
import no.planstatus.common.Problem;
import no.planstatus.common.ProblemType;
import no.planstatus.common.ResourceId;
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

@Path("/api/v1")
@Tag(name = "Transfer", description = "The whole plan as one JSON file, measures as a spreadsheet, and import")
public class TransferResource {

    private final PlanExporter exporter;
    private final PlanDocumentJson json;
    private final MeasureCsv csv;
    private final PlanImporter importer;

    public TransferResource(PlanExporter exporter, PlanDocumentJson json, MeasureCsv csv, PlanImporter importer) {
        this.exporter = exporter;
        this.json = json;
        this.csv = csv;
        this.importer = importer;
    }

    @GET
    @Path("/export/plan")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "exportPlan", summary = "Export a strategic plan with everything under it as one file",
            description = "The format of the default content and of import (planstatus-plan/1). The output depends "
                    + "only on the plan: exported, imported into an empty database and exported again, a plan gives "
                    + "the same bytes.")
    @APIResponse(responseCode = "200", description = "The plan file, as an attachment",
            headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PlanDocument.class)))
    @APIResponse(responseCode = "404", description = "No such strategic plan, or none at all")
    public RestResponse<byte[]> exportPlan(
            @Parameter(description = "Strategic plan id; the newest strategic plan when left out",
                    schema = @Schema(implementation = ResourceId.class))
            @QueryParam("strategicPlan") String strategicPlan) {
        Params params = new Params();
        Long id = params.id("strategicPlan", strategicPlan);
        params.validate();
        PlanDocument document = exporter.export(id).orElseThrow(() -> id == null
                ? new ApiProblem(ProblemType.NOT_FOUND, "Det finnes ingen strategisk plan å eksportere.")
                : ApiProblem.notFound("Strategisk plan", id));
        return RestResponse.ResponseBuilder.ok(json.write(document), MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        attachment("plan-" + document.strategicPlan().code() + ".json"))
                .build();
    }

    @GET
    @Path("/export/measures.csv")
    @Produces(MeasureCsv.MEDIA_TYPE)
    @Operation(operationId = "exportMeasuresCsv", summary = "Measures with their current status as CSV for Excel",
            description = "One row per measure, in plan order: UTF-8 with byte order mark, semicolon-separated, CRLF "
                    + "line ends, Norwegian headings and status labels.")
    @APIResponse(responseCode = "200", description = "The spreadsheet, as an attachment",
            headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MeasureCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such action plan")
    public RestResponse<byte[]> exportMeasures(
            @Parameter(description = "Action plan id; every action plan's measures when left out",
                    schema = @Schema(implementation = ResourceId.class))
            @QueryParam("actionPlan") String actionPlan) {
        Params params = new Params();
        Long id = params.id("actionPlan", actionPlan);
        params.validate();
        MeasureCsv.Attachment file = csv.export(id);
        return RestResponse.ResponseBuilder.ok(file.content(), MeasureCsv.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(file.fileName()))
                .build();
    }

    @POST
    @Path("/import/plan")
    @BodyLimit(BodyLimit.SERVER_MAXIMUM)
    @RolesAllowed(Role.EDITOR_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importPlan", summary = "Import a plan file: create what is missing, update what differs",
            description = "Matches the council by name, parties by slug, plans by code, goals by number, measures "
                    + "by reference, responsibilities by party and reports by creation time; deletes nothing. All or "
                    + "nothing: a document with errors writes nothing, and the 400 problem lists every error by its "
                    + "path in the document. With dryRun=true nothing is written and the summary tells what would "
                    + "change.")
    @APIResponse(responseCode = "200", description = "What was (or, on a dry run, would be) created and updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportSummary.class)))
    @APIResponse(responseCode = "409", description = "A simultaneous change took a key the document uses")
    @APIResponse(responseCode = "413", description = "The file is larger than 32 MiB, or holds more than 10,000 "
            + "parties, 20,000 measures, 100,000 responsibilities or 100,000 reports")
    @CustomDeserialization(PlanDocumentJson.StrictReader.class)
    public ImportSummary importPlan(
            @Parameter(description = "Only report what would change", schema = @Schema(type = SchemaType.BOOLEAN,
                    defaultValue = "false")) @QueryParam("dryRun") String dryRun,
            @NotNull(message = "mangler innhold") PlanDocument document) {
        return importer.importPlan(document, dryRun(dryRun));
    }

    private static boolean dryRun(String raw) {
        if (raw == null || raw.isBlank() || raw.trim().equals("false")) {
            return false;
        }
        if (raw.trim().equals("true")) {
            return true;
        }
        throw new ApiProblem(ProblemType.INVALID_PARAMETER, "Ett eller flere parametere er ugyldige.",
                List.of(new Problem.Violation("dryRun", "må være true eller false")));
    }

    /** A file name of safe characters only, so the header needs no quoting rules beyond the quotes. */
    private static String attachment(String fileName) {
        return "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"";
    }
}
