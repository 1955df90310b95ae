package no.planstatus.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.Params;
import no.planstatus.common.Problem;
import no.planstatus.common.ProblemType;
import no.planstatus.common.ResourceId;
import no.planstatus.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who changed what, and when")
public class AuditEventResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    private final AuditService service;

    public AuditEventResource(AuditService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed(Role.ADMIN_NAME)
    @SecurityRequirement(name = "session")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "listAuditEvents", summary = "List all recorded changes, newest first (admins)",
            description = "Filters combine with AND.")
    public AuditEventList list(
            @Parameter(description = "Entity type, e.g. measure, report, account, api-token")
            @QueryParam("entityType") String entityType,
            @Parameter(description = "Entity id (with or without entityType)",
                    schema = @Schema(implementation = ResourceId.class))
            @QueryParam("entityId")
            String entityId,
            @Parameter(description = "Part of the actor's name, in any case") @QueryParam("actor") String actor,
            @Parameter(description = "How many events at most",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "100"))
            @QueryParam("limit") String limit) {
        Params params = new Params();
        String type = params.text("entityType", entityType, 40);
        Long id = params.id("entityId", entityId);
        String actorName = params.text("actor", actor, 200);
        Long max = params.id("limit", limit);
        params.validate();
        if (max != null && max > MAX_LIMIT) {
            throw new ApiProblem(ProblemType.INVALID_PARAMETER, "Ett eller flere parametere er ugyldige.",
                    List.of(new Problem.Violation("limit", "kan være høyst " + MAX_LIMIT)));
        }
        return new AuditEventList(service.list(type, id, actorName, max == null ? DEFAULT_LIMIT : max.intValue()));
    }
}
