package no.planstatus.reminder;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.Params;
import no.planstatus.common.PlanstatusConfig;
import no.planstatus.common.ResourceId;
import no.planstatus.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/rounds/{roundId}/reminders")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.EDITOR_NAME)
@SecurityRequirement(name = "session")
@SecurityRequirement(name = "bearer")
@Tag(name = "Reminders", description = "Reminder e-mails to those who still owe reports in a round (editors)")
public class ReminderResource {

    private final ReminderService service;
    private final PlanstatusConfig config;

    public ReminderResource(ReminderService service, PlanstatusConfig config) {
        this.service = service;
        this.config = config;
    }

    @GET
    @Operation(operationId = "listRoundReminders",
            summary = "The round's send log: every reminder and round e-mail, newest first")
    public ReminderLogList list(
            @Parameter(description = "Round id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("roundId") String roundId) {
        long id = Params.pathId("roundId", roundId);
        return service.log(id).orElseThrow(() -> ApiProblem.notFound("Runde", id));
    }

    @POST
    @Operation(operationId = "sendRoundReminders",
            summary = "Send a reminder now to everyone who still owes a report in the round («Send påminnelse nå»)",
            description = "One digest per person with all they owe. Nobody gets more than one reminder per round "
                    + "per day: those reminded today already are left out. When no SMTP server is configured "
                    + "nothing is sent and `configured` is false.")
    @APIResponse(responseCode = "200", description = "What was sent")
    @APIResponse(responseCode = "409", description = "The round is closed")
    public ReminderRun send(
            @Parameter(description = "Round id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("roundId") String roundId) {
        return service.sendNow(Params.pathId("roundId", roundId), LocalDate.now(config.reminders().zone()));
    }
}
