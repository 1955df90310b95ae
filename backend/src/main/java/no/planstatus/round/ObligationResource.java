package no.planstatus.round;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.planstatus.security.Caller;
import no.planstatus.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me/obligations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rounds")
public class ObligationResource {

    private final ObligationService service;
    private final Caller caller;

    public ObligationResource(ObligationService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Role.EDITOR_NAME, Role.REPORTER_NAME})
    @SecurityRequirement(name = "session")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "listMyObligations", summary = "«Mine tiltak»: what my party must report on in the "
            + "open rounds",
            description = "For each measure: the round's deadline and period, where the report stands (mangler, "
                    + "utkast, venter på godkjenning, sendt tilbake, godkjent) and the report to prefill the form "
                    + "with. Empty for a caller without a party, such as an editor.")
    public ObligationList list() {
        return service.of(caller.require());
    }
}
