package no.planstatus.party;

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

@Path("/api/v1/parties")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parties", description = "Responsible bodies: internal bodies, member municipalities, partners")
public class PartyResource {

    private final PartyService service;

    public PartyResource(PartyService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listParties", summary = "List responsible bodies with their number of measures")
    public PartyList list() {
        return new PartyList(service.list());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getParty", summary = "Get a responsible body with the measures it leads or partners in")
    public PartyView get(@Parameter(description = "Party id") @PathParam("id") String id) {
        long partyId = Params.pathId("id", id);
        return service.get(partyId).orElseThrow(() -> ApiProblem.notFound("Ansvarlig", partyId));
    }
}
