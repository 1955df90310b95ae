package no.planstatus.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.Params;
import no.planstatus.common.ResourceId;
import no.planstatus.common.Versions;
import no.planstatus.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The private lists of reports that are not public: what waits for an editor, and what an author has not yet had
 * approved. Kept apart from the measure's public report list, which is cached and shared by every caller.
 */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "session")
@SecurityRequirement(name = "bearer")
@Tag(name = "Reports", description = "Progress reports on measures")
public class ReviewResource {

    private final ReviewService service;

    public ReviewResource(ReviewService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(operationId = "listReportsForReview", summary = "Reports in a review state, for editors",
            description = "By default the reports waiting for approval, oldest first, with their measure. "
                    + "Editors only.")
    public ReviewList list(
            @Parameter(description = "The state to list; SUBMITTED when absent.",
                    schema = @Schema(implementation = ReportState.class))
            @QueryParam("state") String state) {
        ReportState wanted = ReportState.SUBMITTED;
        if (state != null) {
            try {
                wanted = ReportState.valueOf(state);
            } catch (IllegalArgumentException e) {
                throw ApiProblem.invalid("state", "må være DRAFT, SUBMITTED, RETURNED eller APPROVED");
            }
        }
        return new ReviewList(service.listByState(wanted));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.EDITOR_NAME, Role.REPORTER_NAME})
    @Operation(operationId = "getReportForEditing", summary = "A report in any state, to correct it",
            description = "Editors read any report; a reporter an approved one or their own. The ETag is its "
                    + "version, for If-Match. 404 for a report the caller may not see.")
    public RestResponse<ReportView> get(
            @Parameter(description = "Report id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("id") String id) {
        long report = Params.pathId("id", id);
        return Versions.withEtag(RestResponse.ResponseBuilder.ok(service.getForEditing(report)
                .orElseThrow(() -> ApiProblem.notFound("Statusrapport", report))));
    }

    @GET
    @Path("/mine")
    @RolesAllowed({Role.EDITOR_NAME, Role.REPORTER_NAME})
    @Operation(operationId = "listMyReports", summary = "The caller's own reports that are not approved yet",
            description = "Drafts, reports waiting for approval and reports sent back (with the editor's comment), "
                    + "newest first. For a signed-in account; an API token has none.")
    public ReviewList mine() {
        return new ReviewList(service.listMine());
    }
}
