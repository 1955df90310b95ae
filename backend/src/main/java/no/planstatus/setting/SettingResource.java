package no.planstatus.setting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.planstatus.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/settings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
@SecurityRequirement(name = "session")
@SecurityRequirement(name = "bearer")
@Tag(name = "Settings", description = "Settings an admin changes at run time (admins only)")
public class SettingResource {

    private final ReviewSettings settings;

    public SettingResource(ReviewSettings settings) {
        this.settings = settings;
    }

    @GET
    @Path("/review")
    @Operation(operationId = "getReviewSetting", summary = "Whether reporters' reports need an editor's approval")
    public ReviewSettingView get() {
        return settings.view();
    }

    @PUT
    @Path("/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateReviewSetting", summary = "Turn approval of reporters' reports on or off",
            description = "Applies to reports saved from now on; reports already waiting stay waiting. Audited.")
    public ReviewSettingView update(@Valid @NotNull(message = "mangler innhold") ReviewSettingView wanted) {
        return settings.update(wanted);
    }
}
