package no.planstatus.feed;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.planstatus.common.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Atom feeds of progress reports and changes to measures, for feed readers and intranets. Public and cookie-free;
 * ETag, 304 and Cache-Control come from {@link no.planstatus.common.HttpCaching} like every public GET.
 */
@Path("/api/v1/feeds")
@Tag(name = "Feeds", description = "Atom feeds of progress reports and changes")
public class FeedResource {

    static final String ATOM = "application/atom+xml; charset=utf-8";

    private final ChangeFeed feed;

    @Context
    UriInfo uriInfo;

    public FeedResource(ChangeFeed feed) {
        this.feed = feed;
    }

    @GET
    @Path("/changes.atom")
    @Produces(ATOM)
    @Operation(operationId = "getChangesFeed",
            summary = "Atom feed of the newest 50 progress reports and changes to measures and responsibilities, "
                    + "for the whole plan, one goal (?goal=) or one responsible party (?party=)")
    @APIResponse(responseCode = "200", description = "An Atom 1.0 feed, newest entry first",
            content = @Content(mediaType = "application/atom+xml", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "There is no goal or party with the id given in ?goal= or ?party=")
    public Response changes(
            @Parameter(description = "Only measures that carry out this goal (goal id)") @QueryParam("goal") String goal,
            @Parameter(description = "Only measures this party is responsible for, as lead or partner (party id)")
            @QueryParam("party") String party) {
        Params params = new Params();
        Long goalId = params.id("goal", goal);
        Long partyId = params.id("party", party);
        params.validate();
        String appBase = uriInfo.getBaseUri().toString().replaceAll("/+$", "");
        String xml = feed.render(goalId, partyId, appBase, uriInfo.getRequestUri().toString());
        return Response.ok(xml, ATOM).build();
    }
}
