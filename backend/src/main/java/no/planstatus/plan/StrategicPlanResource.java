package no.planstatus.plan;

import static no.planstatus.common.Versions.withEtag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.Params;
import no.planstatus.common.ResourceId;
import no.planstatus.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/strategic-plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Strategic plans and action plans")
public class StrategicPlanResource {

    private final PlanService service;
    private final StrategicPlanEditor editor;

    public StrategicPlanResource(PlanService service, StrategicPlanEditor editor) {
        this.service = service;
        this.editor = editor;
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
    public RestResponse<StrategicPlanView> get(
            @Parameter(description = "Strategic plan id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("id") String id) {
        long planId = Params.pathId("id", id);
        return withEtag(RestResponse.ResponseBuilder.ok(
                service.getStrategicPlan(planId).orElseThrow(() -> ApiProblem.notFound("Strategisk plan", planId))));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.EDITOR_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateStrategicPlan",
            summary = "Change a strategic plan's title, period, adoption and closing statement (If-Match required)",
            description = "The period must still hold every action plan of the strategic plan.")
    public RestResponse<StrategicPlanView> update(
            @Parameter(description = "Strategic plan id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "mangler innhold") StrategicPlanInput.Update input) {
        return withEtag(RestResponse.ResponseBuilder.ok(editor.update(Params.pathId("id", id), ifMatch, input)));
    }
}
