package no.planstatus.goal;

import static no.planstatus.common.Versions.withEtag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.Page;
import no.planstatus.common.PageParams;
import no.planstatus.common.PageRequest;
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

@Path("/api/v1/goals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Goals", description = "The goals (mål) of the strategic plans")
public class GoalResource {

    private final GoalService service;
    private final GoalEditor editor;

    public GoalResource(GoalService service, GoalEditor editor) {
        this.service = service;
        this.editor = editor;
    }

    @GET
    @Operation(operationId = "listGoals", summary = "List goals in plan order, each with its measures, a page at a time")
    public GoalList list(
            @Parameter(description = "Strategic plan id", schema = @Schema(implementation = ResourceId.class))
            @QueryParam("strategicPlan") String strategicPlan,
            @BeanParam PageParams paging) {
        Params params = new Params();
        Long strategicPlanId = params.id("strategicPlan", strategicPlan);
        PageRequest page = paging.parse(params, 4, false);
        params.validate();
        Page<GoalView> goals = service.page(strategicPlanId, page);
        return new GoalList(goals.items(), goals.nextCursor());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getGoal", summary = "Get a goal with its interest-policy matters and measures")
    public RestResponse<GoalView> get(
            @Parameter(description = "Goal id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("id") String id) {
        long goalId = Params.pathId("id", id);
        return withEtag(RestResponse.ResponseBuilder.ok(
                service.get(goalId).orElseThrow(() -> ApiProblem.notFound("Mål", goalId))));
    }

    @POST
    @RolesAllowed(Role.EDITOR_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createGoal", summary = "Create a goal in a section of a strategic plan",
            description = "The goal is numbered after the last goal of its section; later goals move one number on.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name the new goal",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalView.class)))
    public RestResponse<GoalView> create(@Valid @NotNull(message = "mangler innhold") GoalInput.Create input) {
        GoalView created = editor.create(input);
        return withEtag(RestResponse.ResponseBuilder.<GoalView>created(
                URI.create("/api/v1/goals/" + created.id())).entity(created));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.EDITOR_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateGoal",
            summary = "Change a goal's text, section, number or interest-policy matters (If-Match required)",
            description = "Moving a goal renumbers the plan's other goals 1..n; measure references do not change.")
    public RestResponse<GoalView> update(
            @Parameter(description = "Goal id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "mangler innhold") GoalInput.Update input) {
        return withEtag(RestResponse.ResponseBuilder.ok(editor.update(Params.pathId("id", id), ifMatch, input)));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(operationId = "deleteGoal", summary = "Delete a goal without measures (If-Match required)",
            description = "The plan's later goals move one number down.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The goal has measures")
    public RestResponse<Void> delete(
            @Parameter(description = "Goal id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        editor.delete(Params.pathId("id", id), ifMatch);
        return RestResponse.noContent();
    }
}
