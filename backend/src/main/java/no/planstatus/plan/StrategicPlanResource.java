package no.planstatus.plan;

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

@Path("/api/v1/strategic-plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Strategic plans and action plans")
public class StrategicPlanResource {

    private final PlanService service;

    public StrategicPlanResource(PlanService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listStrategicPlans", summary = "List strategic plans, newest period first")
    public StrategicPlanList list() {
        return new StrategicPlanList(service.listStrategicPlans());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getStrategicPlan",
            summary = "Get a strategic plan with its council, sections, goals and action plans")
    public StrategicPlanView get(@Parameter(description = "Strategic plan id") @PathParam("id") String id) {
        long planId = Params.pathId("id", id);
        return service.getStrategicPlan(planId).orElseThrow(() -> ApiProblem.notFound("Strategisk plan", planId));
    }
}
