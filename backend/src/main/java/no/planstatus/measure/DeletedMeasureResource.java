package no.planstatus.measure;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import com.fasterxml.jackson.databind.JsonNode;
import no.planstatus.audit.AuditEvent;
import no.planstatus.audit.AuditService;
import no.planstatus.change.ChangeKind;
import no.planstatus.common.Page;
import no.planstatus.common.PageParams;
import no.planstatus.common.PageRequest;
import no.planstatus.common.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The deletions a client syncing measures with {@code changedSince} cannot see in the list of measures. */
@Path("/api/v1/measures/deleted")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Measures", description = "The measures (tiltak) of the action plans")
public class DeletedMeasureResource {

    private final AuditService service;

    public DeletedMeasureResource(AuditService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listDeletedMeasures", summary = "List deleted measures, oldest deletion first",
            description = "For clients that keep a copy of the measures current with `changedSince`, which lists "
                    + "only measures that still exist. Pages follow `nextCursor` until it is null.")
    public DeletedMeasureList list(
            @Parameter(description = "Only measures deleted at or after this instant (ISO 8601, e.g. "
                    + "2026-11-27T10:15:30Z)") @QueryParam("changedSince") String changedSince,
            @BeanParam PageParams paging) {
        Params params = new Params();
        Instant since = params.instant("changedSince", changedSince);
        PageRequest page = paging.parse(params, 3, false);
        params.validate();
        Page<DeletedMeasure> deleted = service.deletions(ChangeKind.Resource.MEASURE, since, page)
                .map(events -> events.stream().map(this::deletedMeasure).toList());
        return new DeletedMeasureList(deleted.items(), deleted.nextCursor());
    }

    /** The measure as its deletion recorded it. */
    private DeletedMeasure deletedMeasure(AuditEvent event) {
        JsonNode before = service.deletedState(event);
        return new DeletedMeasure(event.entityId, before == null ? null : before.path("reference").asText(null),
                event.occurredAt);
    }
}
