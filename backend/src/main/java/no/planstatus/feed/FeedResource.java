package no.planstatus.feed;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import no.planstatus.common.Params;
import no.planstatus.common.PlanstatusConfig;
import no.planstatus.common.PublicUrl;
import no.planstatus.common.ResourceId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Atom feeds of progress reports and changes to measures, for feed readers and intranets. Public and cookie-free;
 * ETag, 304 and Cache-Control come from {@link no.planstatus.common.HttpCaching} like every public GET. Its ids and
 * links, the self link included, come from the configured {@link PublicUrl}, never from the request's host.
 */
@Path("/api/v1/feeds")
@Tag(name = "Feeds", description = "Atom feeds of progress reports and changes")
public class FeedResource {

    static final String ATOM = "application/atom+xml; charset=utf-8";

    private final ChangeFeed feed;
    private final PublicUrl publicUrl;

    public FeedResource(ChangeFeed feed, PlanstatusConfig config) {
        this.feed = feed;
        this.publicUrl = config.publicUrl();
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
            @Parameter(description = "Only measures that carry out this goal (goal id)",
                    schema = @Schema(implementation = ResourceId.class))
            @QueryParam("goal") String goal,
            @Parameter(description = "Only measures this party is responsible for, as lead or partner (party id)",
                    schema = @Schema(implementation = ResourceId.class))
            @QueryParam("party") String party) {
        Params params = new Params();
        Long goalId = params.id("goal", goal);
        Long partyId = params.id("party", party);
        params.validate();
        String self = publicUrl.link("/api/v1/feeds/changes.atom")
                + (goalId != null ? "?goal=" + goalId : "")
                + (partyId != null ? (goalId != null ? "&" : "?") + "party=" + partyId : "");
        String xml = feed.render(goalId, partyId, publicUrl, self);
        return Response.ok(xml, ATOM).build();
    }
}
