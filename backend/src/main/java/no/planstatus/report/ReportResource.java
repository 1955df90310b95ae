package no.planstatus.report;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/measures/{measureId}/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Progress reports on measures")
public class ReportResource {

    private final ReportService service;

    public ReportResource(ReportService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listMeasureReports", summary = "List a measure's progress reports, newest first")
    public ReportList list(@Parameter(description = "Measure id") @PathParam("measureId") String measureId) {
        long id = Params.pathId("measureId", measureId);
        return new ReportList(service.listByMeasure(id).orElseThrow(() -> ApiProblem.notFound("Tiltak", id)));
    }
}
