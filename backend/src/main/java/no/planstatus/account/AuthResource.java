package no.planstatus.account;

import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.PrivateRead;
import no.planstatus.common.ProblemType;
import no.planstatus.common.PublicWrite;
import no.planstatus.security.Actor;
import no.planstatus.security.AuthMechanism;
import no.planstatus.security.Caller;
import no.planstatus.security.StartsSession;
import no.planstatus.security.UserSession;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sign-in", description = "Sessions for the web app")
@SecuritySchemes({
    @SecurityScheme(securitySchemeName = "session", type = SecuritySchemeType.APIKEY,
            apiKeyName = AuthMechanism.SESSION_COOKIE, in = SecuritySchemeIn.COOKIE,
            description = "Session cookie set by POST /api/v1/auth/login. Writes must also send X-CSRF-Token."),
    @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
            description = "API token issued by an admin, sent as Authorization: Bearer <token>.")
})
public class AuthResource {

    private final AuthService service;
    private final Caller caller;

    public AuthResource(AuthService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Path("/login")
    @PublicWrite
    @StartsSession
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "login", summary = "Sign in with username and password; sets the session cookie")
    @APIResponse(responseCode = "200", description = "Signed in; the body holds the CSRF token for writes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SignedIn.class)))
    @APIResponse(responseCode = "401", description = "Wrong username or password")
    @APIResponse(responseCode = "429", description = "Too many failed attempts; see Retry-After")
    public Response login(@Valid @NotNull(message = "mangler innhold") LoginRequest request,
            @Context HttpServerRequest http) {
        AuthService.Login login = service.login(request, caller.clientAddress());
        return Response.ok(login.signedIn()).cookie(sessionCookie(login.sessionToken(), http, false)).build();
    }

    @POST
    @Path("/logout")
    @PublicWrite
    @Operation(operationId = "logout", summary = "Sign out: ends the session and clears the cookie")
    @APIResponse(responseCode = "204", description = "Signed out")
    @APIResponse(responseCode = "403", description = "The session cookie came without its X-CSRF-Token")
    public Response logout(@CookieParam(AuthMechanism.SESSION_COOKIE) String session,
            @Context HttpServerRequest http) {
        service.logout(session);
        return Response.noContent().cookie(sessionCookie("", http, true)).build();
    }

    @GET
    @Path("/me")
    @Authenticated
    @PrivateRead
    @Operation(operationId = "getSignedIn", summary = "Who is signed in")
    @SecurityRequirement(name = "session")
    @SecurityRequirement(name = "bearer")
    public SignedIn me(@CookieParam(AuthMechanism.SESSION_COOKIE) String session) {
        Actor actor = caller.require();
        return service.me(actor, actor.type() == Actor.Type.ACCOUNT ? session : null);
    }

    /**
     * What {@link #me} says, without an error status when nobody is signed in: an anonymous visitor's first load
     * then logs no failed request. Never cached ({@link PrivateRead}: Cache-Control no-store, not kept by the public
     * response cache).
     */
    @GET
    @Path("/session")
    @PrivateRead
    @Operation(operationId = "getSession",
            summary = "Who is signed in, or null when nobody is (200 either way; for the web app)")
    @APIResponse(responseCode = "200", description = "The session; account is null when nobody is signed in",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CurrentSession.class)))
    public CurrentSession session(@CookieParam(AuthMechanism.SESSION_COOKIE) String session) {
        return new CurrentSession(caller.actor()
                .filter(actor -> actor.type() == Actor.Type.ACCOUNT || actor.type() == Actor.Type.TOKEN)
                .flatMap(actor -> signedInOrNone(actor, session))
                .orElse(null));
    }

    private Optional<SignedIn> signedInOrNone(Actor actor, String session) {
        try {
            return Optional.of(service.me(actor, actor.type() == Actor.Type.ACCOUNT ? session : null));
        } catch (ApiProblem problem) {
            if (problem.type() == ProblemType.UNAUTHORIZED) {
                return Optional.empty();
            }
            throw problem;
        }
    }

    /**
     * Secure when the browser's request was https: on this connection, or as a trusted proxy says in
     * X-Forwarded-Proto (quarkus.http.proxy makes the request's scheme the forwarded one; from anyone else the
     * header is ignored).
     */
    private static NewCookie sessionCookie(String value, HttpServerRequest http, boolean expire) {
        boolean secure = http.isSSL();
        return new NewCookie.Builder(AuthMechanism.SESSION_COOKIE)
                .value(value)
                .path("/")
                .httpOnly(true)
                .secure(secure)
                .sameSite(NewCookie.SameSite.STRICT)
                .maxAge(expire ? 0 : (int) UserSession.LIFETIME.toSeconds())
                .build();
    }
}
