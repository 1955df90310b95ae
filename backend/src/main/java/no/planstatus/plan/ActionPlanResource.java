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

@Path("/api/v1/action-plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
public class ActionPlanResource {

    private final PlanService service;

    public ActionPlanResource(PlanService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listActionPlans", summary = "List action plans, newest period first")
    public ActionPlanList list() {
        return new ActionPlanList(service.listActionPlans());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getActionPlan", summary = "Get an action plan")
    public ActionPlanView get(@Parameter(description = "Action plan id") @PathParam("id") String id) {
        long planId = Params.pathId("id", id);
        return service.getActionPlan(planId).orElseThrow(() -> ApiProblem.notFound("Handlingsplan", planId));
    }
}
