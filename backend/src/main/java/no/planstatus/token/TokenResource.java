package no.planstatus.token;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.Params;
import no.planstatus.common.ResourceId;
import no.planstatus.common.UnversionedDelete;
import no.planstatus.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/tokens")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
@SecurityRequirement(name = "session")
@SecurityRequirement(name = "bearer")
@Tag(name = "API tokens", description = "Tokens other systems send as Authorization: Bearer (admins only)")
public class TokenResource {

    private final TokenService service;

    public TokenResource(TokenService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listTokens", summary = "List API tokens, newest first, revoked ones included",
            description = "Shows each token's prefix and last use, never its secret.")
    public TokenList list() {
        return new TokenList(service.list());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getToken", summary = "Get an API token (never its secret)")
    public TokenView get(
            @Parameter(description = "Token id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("id") String id) {
        long tokenId = Params.pathId("id", id);
        return service.get(tokenId).orElseThrow(() -> ApiProblem.notFound("API-token", tokenId));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createToken", summary = "Issue an API token; the secret is shown only in this response",
            description = "A REPORTER token needs a partyId; other roles must not have one. Only the secret's "
                    + "SHA-256 hash is stored, so a lost secret cannot be shown again: revoke it and issue a new one.")
    @APIResponse(responseCode = "201", description = "Issued; the body holds the secret, Location names the token",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IssuedToken.class)))
    public RestResponse<IssuedToken> create(@Valid @NotNull(message = "mangler innhold") TokenInput input) {
        IssuedToken issued = service.issue(input);
        return RestResponse.ResponseBuilder.<IssuedToken>created(URI.create("/api/v1/tokens/" + issued.token().id()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(issued)
                .build();
    }

    @DELETE
    @Path("/{id}")
    @UnversionedDelete
    @Operation(operationId = "revokeToken", summary = "Revoke an API token",
            description = "The token stays listed with revokedAt set and gets 401 from then on. Tokens are never "
                    + "edited, so there is no version to lose and no If-Match is needed; revoking a revoked token "
                    + "changes nothing.")
    @APIResponse(responseCode = "204", description = "Revoked")
    public RestResponse<Void> revoke(
            @Parameter(description = "Token id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("id") String id) {
        service.revoke(Params.pathId("id", id));
        return RestResponse.noContent();
    }
}
