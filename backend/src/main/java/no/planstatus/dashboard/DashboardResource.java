package no.planstatus.dashboard;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.planstatus.common.Params;
import no.planstatus.common.ResourceId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/dashboard")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboard", description = "Status counts of an action plan for a period")
public class DashboardResource {

    private final DashboardService service;

    public DashboardResource(DashboardService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "getDashboard",
            summary = "Count an action plan's measures per status and assessment for a period",
            description = "For the plan, per goal and per lead party, with the previous period's counts and the "
                    + "change since then as Norwegian sentences. A measure's status for a period is its latest "
                    + "approved report counted by the period's end; without one it is NOT_REPORTED. Without "
                    + "actionPlan: the period's plan, else the newest adopted action plan that has measures. "
                    + "Without period: the plan's latest closed period, else each measure's current status "
                    + "(period null).")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Dashboard.class)))
    @APIResponse(responseCode = "400", description = "A malformed id, or a period of another action plan")
    @APIResponse(responseCode = "404", description = "No such action plan or period, or no action plan has measures")
    public Dashboard get(
            @Parameter(description = "Action plan id", schema = @Schema(implementation = ResourceId.class))
            @QueryParam("actionPlan") String actionPlan,
            @Parameter(description = "Reporting period id (of the action plan)",
                    schema = @Schema(implementation = ResourceId.class))
            @QueryParam("period") String period) {
        Params params = new Params();
        Long actionPlanId = params.id("actionPlan", actionPlan);
        Long periodId = params.id("period", period);
        params.validate();
        return service.get(actionPlanId, periodId);
    }
}
