package no.planstatus.measure;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.planstatus.audit.AuditEventList;
import no.planstatus.audit.AuditService;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.Params;
import no.planstatus.common.ResourceId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/measures/{measureId}/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who changed what, and when")
public class MeasureHistoryResource {

    private final AuditService service;

    public MeasureHistoryResource(AuditService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "getMeasureHistory", summary = "The change history of a measure, newest first",
            description = "Changes to the measure itself, its responsibilities and its progress reports, including "
                    + "corrections with the earlier text. Public, like the plan.")
    public AuditEventList history(
            @Parameter(description = "Measure id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("measureId") String measureId) {
        long id = Params.pathId("measureId", measureId);
        if (Measure.findByIdOptional(id).isEmpty()) {
            throw ApiProblem.notFound("Tiltak", id);
        }
        return new AuditEventList(service.listByMeasure(id));
    }
}
