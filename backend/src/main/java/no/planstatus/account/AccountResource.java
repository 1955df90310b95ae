package no.planstatus.account;

import static no.planstatus.common.Versions.withEtag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
@SecurityRequirement(name = "session")
@SecurityRequirement(name = "bearer")
@Tag(name = "Accounts", description = "People who sign in to the web app (admins only)")
public class AccountResource {

    private final AccountService service;

    public AccountResource(AccountService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listAccounts", summary = "List accounts by username")
    public AccountList list() {
        return new AccountList(service.list());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAccount", summary = "Get an account; the ETag is its version")
    public RestResponse<AccountView> get(
            @Parameter(description = "Account id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("id") String id) {
        long accountId = Params.pathId("id", id);
        return withEtag(RestResponse.ResponseBuilder.ok(
                service.get(accountId).orElseThrow(() -> ApiProblem.notFound("Konto", accountId))));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAccount", summary = "Create an account",
            description = "A REPORTER needs a partyId; other roles must not have one.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name the new account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "409", description = "The username is taken (in any case)")
    public RestResponse<AccountView> create(@Valid @NotNull(message = "mangler innhold") AccountInput.Create input) {
        AccountView created = service.create(input);
        return withEtag(RestResponse.ResponseBuilder.<AccountView>created(
                URI.create("/api/v1/accounts/" + created.id())).entity(created));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateAccount",
            summary = "Change an account's name, role, party, active flag or password (If-Match required)",
            description = "Deactivating an account or giving it a new password ends all its sessions, also your "
                    + "own when you change your own password.")
    @APIResponse(responseCode = "200", description = "Changed; the ETag is the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "409", description = "An admin tried to deactivate or demote their own account")
    public RestResponse<AccountView> update(
            @Parameter(description = "Account id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "mangler innhold") AccountInput.Update input) {
        return withEtag(RestResponse.ResponseBuilder.ok(service.update(Params.pathId("id", id), ifMatch, input)));
    }
}
