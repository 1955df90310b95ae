package no.planstatus.goal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/goals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Goals", description = "The goals (mål) of the strategic plans")
public class GoalResource {

    private final GoalService service;

    public GoalResource(GoalService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listGoals", summary = "List goals in plan order, each with its measures")
    public GoalList list(
            @Parameter(description = "Strategic plan id") @QueryParam("strategicPlan") String strategicPlan) {
        Params params = new Params();
        Long strategicPlanId = params.id("strategicPlan", strategicPlan);
        params.validate();
        return new GoalList(service.list(strategicPlanId));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getGoal", summary = "Get a goal with its interest-policy matters and measures")
    public GoalView get(@Parameter(description = "Goal id") @PathParam("id") String id) {
        long goalId = Params.pathId("id", id);
        return service.get(goalId).orElseThrow(() -> ApiProblem.notFound("Mål", goalId));
    }
}
