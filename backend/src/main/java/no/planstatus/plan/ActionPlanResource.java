package no.planstatus.plan;

import static no.planstatus.common.Versions.withEtag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.Params;
import no.planstatus.common.ResourceId;
import no.planstatus.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/action-plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
public class ActionPlanResource {

    private final PlanService service;
    private final ActionPlanEditor editor;

    public ActionPlanResource(PlanService service, ActionPlanEditor editor) {
        this.service = service;
        this.editor = editor;
    }

    @GET
    @Operation(operationId = "listActionPlans", summary = "List action plans, newest period first")
    public ActionPlanList list() {
        return new ActionPlanList(service.listActionPlans());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getActionPlan", summary = "Get an action plan")
    public RestResponse<ActionPlanView> get(
            @Parameter(description = "Action plan id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("id") String id) {
        long planId = Params.pathId("id", id);
        return withEtag(RestResponse.ResponseBuilder.ok(
                service.getActionPlan(planId).orElseThrow(() -> ApiProblem.notFound("Handlingsplan", planId))));
    }

    @POST
    @RolesAllowed(Role.EDITOR_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createActionPlan", summary = "Create an action plan under a strategic plan")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name the new action plan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionPlanView.class)))
    @APIResponse(responseCode = "409", description = "The code is taken")
    public RestResponse<ActionPlanView> create(
            @Valid @NotNull(message = "mangler innhold") ActionPlanInput.Create input) {
        ActionPlanView created = editor.create(input);
        return withEtag(RestResponse.ResponseBuilder.<ActionPlanView>created(
                URI.create("/api/v1/action-plans/" + created.id())).entity(created));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.EDITOR_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateActionPlan",
            summary = "Change an action plan's title, period, adoption and introductions (If-Match required)",
            description = "The code never changes: measure references start with it.")
    public RestResponse<ActionPlanView> update(
            @Parameter(description = "Action plan id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "mangler innhold") ActionPlanInput.Update input) {
        return withEtag(RestResponse.ResponseBuilder.ok(editor.update(Params.pathId("id", id), ifMatch, input)));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(operationId = "deleteActionPlan", summary = "Delete an action plan without measures (If-Match required)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The action plan has measures")
    public RestResponse<Void> delete(
            @Parameter(description = "Action plan id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        editor.delete(Params.pathId("id", id), ifMatch);
        return RestResponse.noContent();
    }
}
