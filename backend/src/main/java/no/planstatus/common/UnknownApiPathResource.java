package no.planstatus.common;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Answers any path under /api that no resource serves with a 404 problem, instead of falling through to the
 * web app or an HTML error page.
 */
@Path("/api")
public class UnknownApiPathResource {

    private static final String ANY = "{path: .*}";

    @GET
    @Path(ANY)
    @Operation(hidden = true)
    public void get(@PathParam("path") String path) {
        throw unknown(path);
    }

    @POST
    @Path(ANY)
    @Operation(hidden = true)
    public void post(@PathParam("path") String path) {
        throw unknown(path);
    }

    @PUT
    @Path(ANY)
    @Operation(hidden = true)
    public void put(@PathParam("path") String path) {
        throw unknown(path);
    }

    @PATCH
    @Path(ANY)
    @Operation(hidden = true)
    public void patch(@PathParam("path") String path) {
        throw unknown(path);
    }

    @DELETE
    @Path(ANY)
    @Operation(hidden = true)
    public void delete(@PathParam("path") String path) {
        throw unknown(path);
    }

    private static ApiProblem unknown(String path) {
        return new ApiProblem(ProblemType.NOT_FOUND, "API-et har ingen ressurs på /api/" + path + ".");
    }
}
