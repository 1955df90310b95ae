package no.planstatus.period;

import static no.planstatus.common.Versions.withEtag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

@Path("/api/v1/action-plans/{id}/periods")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Periods", description = "Reporting periods of action plans: tertials, annual reports and extra ones")
public class ActionPlanPeriodResource {

    private final PeriodService service;
    private final PeriodEditor editor;

    public ActionPlanPeriodResource(PeriodService service, PeriodEditor editor) {
        this.service = service;
        this.editor = editor;
    }

    @GET
    @Operation(operationId = "listActionPlanPeriods", summary = "List an action plan's reporting periods",
            description = "In time order: by end date, a tertial before the annual report that ends the same day.")
    public PeriodList list(
            @Parameter(description = "Action plan id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("id") String id) {
        long planId = Params.pathId("id", id);
        return new PeriodList(service.listByActionPlan(planId)
                .orElseThrow(() -> ApiProblem.notFound("Handlingsplan", planId)));
    }

    @POST
    @RolesAllowed(Role.EDITOR_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createActionPlanPeriod", summary = "Add an extra reporting period (kind OTHER)",
            description = "The standard tertials and annual reports are generated for the plan's years; this adds "
                    + "another, e.g. a half-year report. Its dates lie within the plan's years.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name the new period",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PeriodView.class)))
    @APIResponse(responseCode = "409", description = "The action plan has a period with that label")
    public RestResponse<PeriodView> create(
            @Parameter(description = "Action plan id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("id") String id,
            @Valid @NotNull(message = "mangler innhold") PeriodInput.Create input) {
        PeriodView created = editor.create(Params.pathId("id", id), input);
        return withEtag(RestResponse.ResponseBuilder.<PeriodView>created(
                URI.create("/api/v1/periods/" + created.id())).entity(created));
    }
}
