package no.planstatus.measure;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.Params;
import no.planstatus.report.MeasureStatus;
import no.planstatus.responsibility.ResponsibilityRole;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/measures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Measures", description = "The measures (tiltak) of the action plans")
public class MeasureResource {

    private final MeasureService service;

    public MeasureResource(MeasureService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listMeasures", summary = "List measures, optionally filtered",
            description = "Filters combine with AND. `party` with `role` lists what a body leads or partners in.")
    public MeasureList list(
            @Parameter(description = "Action plan id") @QueryParam("actionPlan") String actionPlan,
            @Parameter(description = "Goal id") @QueryParam("goal") String goal,
            @Parameter(description = "Party id: measures this party is responsible for") @QueryParam("party")
            String party,
            @Parameter(description = "Role of the responsibility (with or without party)",
                    schema = @Schema(implementation = ResponsibilityRole.class)) @QueryParam("role") String role,
            @Parameter(description = "Current status", schema = @Schema(implementation = MeasureStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = "Stable reference, e.g. 2021-22/1.3") @QueryParam("reference")
            String reference) {
        Params params = new Params();
        MeasureFilter filter = new MeasureFilter(
                null,
                params.id("actionPlan", actionPlan),
                params.id("goal", goal),
                params.id("party", party),
                params.oneOf("role", role, ResponsibilityRole.class),
                params.oneOf("status", status, MeasureStatus.class),
                params.text("reference", reference, 60));
        params.validate();
        return new MeasureList(service.list(filter));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMeasure", summary = "Get a measure with its responsibilities and current status")
    public MeasureSummary get(@Parameter(description = "Measure id") @PathParam("id") String id) {
        long measureId = Params.pathId("id", id);
        return service.get(measureId).orElseThrow(() -> ApiProblem.notFound("Tiltak", measureId));
    }
}
