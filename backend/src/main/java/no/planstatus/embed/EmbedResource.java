package no.planstatus.embed;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.PlanstatusConfig;
import no.planstatus.common.PublicUrl;
import no.planstatus.dashboard.DashboardService;
import no.planstatus.goal.GoalService;
import no.planstatus.measure.MeasureService;
import no.planstatus.party.PartyService;
import no.planstatus.plan.StrategicPlan;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Status pages for other sites to frame: server-rendered HTML that needs no script and reads no cookie (its one
 * script file, /embed/frame.js, only reports the page's height to the framing page). They are not part of the JSON
 * contract, so they stay out of the OpenAPI document. Cache-Control, nosniff and the referrer policy come from the
 * /embed header filter in application.properties; the CSP is set here because it carries the hash of the page's
 * inline stylesheet (a hash, not a nonce, so that a page can be served again from the response cache) and allows
 * scripts from the public address's origin alone, where frame.js is loaded from. Links go to the configured public
 * address ({@link PublicUrl}), never to the host a request names, since the answer is shared by every later
 * visitor.
 */
@Path("/embed")
@Produces(EmbedResource.HTML)
public class EmbedResource {

    static final String HTML = "text/html;charset=UTF-8";

    private final GoalService goals;
    private final MeasureService measures;
    private final PartyService parties;
    private final DashboardService dashboards;
    private final PublicUrl publicUrl;

    public EmbedResource(GoalService goals, MeasureService measures, PartyService parties,
            DashboardService dashboards, PlanstatusConfig config) {
        this.dashboards = dashboards;
        this.goals = goals;
        this.measures = measures;
        this.parties = parties;
        this.publicUrl = config.publicUrl();
    }

    @GET
    @Path("/plan")
    @Operation(hidden = true)
    public Response plan(@QueryParam("plan") String plan, @QueryParam("accent") String accent,
            @QueryParam("compact") String compact, @QueryParam("heading") String heading) {
        return render(accent, compact, heading, context -> {
            Optional<StrategicPlan> strategicPlan;
            if (plan == null || plan.isBlank()) {
                strategicPlan = StrategicPlan.listInOrder().stream().findFirst();
            } else {
                Long id = parseId(plan);
                if (id == null) {
                    return malformed(context, "Planens id");
                }
                strategicPlan = StrategicPlan.findWithCouncil(id);
            }
            return strategicPlan
                    .map(found -> ok(EmbedPages.plan(context, found.title, goals.list(found.id)), context))
                    .orElseGet(() -> notFound(context, "Planen finnes ikke",
                            "Fant ingen strategisk plan å vise. Sjekk adressen i innbyggingskoden."));
        });
    }

    @GET
    @Path("/goals/{id}")
    @Operation(hidden = true)
    public Response goal(@PathParam("id") String id, @QueryParam("accent") String accent,
            @QueryParam("compact") String compact, @QueryParam("heading") String heading) {
        return render(accent, compact, heading, context -> byId(context, id, "Målets id", goals::get,
                EmbedPages::goal, "Målet finnes ikke", "Fant ikke mål med id " + id + "."));
    }

    @GET
    @Path("/measures/{id}")
    @Operation(hidden = true)
    public Response measure(@PathParam("id") String id, @QueryParam("accent") String accent,
            @QueryParam("compact") String compact, @QueryParam("heading") String heading) {
        return render(accent, compact, heading, context -> byId(context, id, "Tiltakets id", measures::get,
                EmbedPages::measure, "Tiltaket finnes ikke", "Fant ikke tiltak med id " + id + "."));
    }

    @GET
    @Path("/parties/{id}")
    @Operation(hidden = true)
    public Response party(@PathParam("id") String id, @QueryParam("accent") String accent,
            @QueryParam("compact") String compact, @QueryParam("heading") String heading) {
        return render(accent, compact, heading, context -> byId(context, id, "Den ansvarliges id", parties::get,
                EmbedPages::party, "Den ansvarlige finnes ikke", "Fant ikke ansvarlig med id " + id + "."));
    }

    @GET
    @Path("/dashboard")
    @Operation(hidden = true)
    public Response dashboard(@QueryParam("actionPlan") String actionPlan, @QueryParam("period") String period,
            @QueryParam("accent") String accent, @QueryParam("compact") String compact,
            @QueryParam("heading") String heading) {
        return render(accent, compact, heading, context -> {
            Long actionPlanId = actionPlan == null || actionPlan.isEmpty() ? null : parseId(actionPlan);
            if (actionPlanId == null && actionPlan != null && !actionPlan.isEmpty()) {
                return malformed(context, "Handlingsplanens id");
            }
            Long periodId = period == null || period.isEmpty() ? null : parseId(period);
            if (periodId == null && period != null && !period.isEmpty()) {
                return malformed(context, "Periodens id");
            }
            try {
                return ok(EmbedPages.dashboard(context, dashboards.get(actionPlanId, periodId)), context);
            } catch (ApiProblem problem) {
                return respond(Response.Status.fromStatusCode(problem.type().status()),
                        EmbedPages.problem(context, problem.type().status() == 404 ? "Finnes ikke" : "Ugyldig valg",
                                problem.violations() == null ? problem.getMessage()
                                        : problem.violations().get(0).message()), context);
            }
        });
    }

    private interface PageRenderer<T> {
        String render(EmbedPages.Context context, T value);
    }

    private <T> Response byId(EmbedPages.Context context, String rawId, String what, Function<Long, Optional<T>> find,
            PageRenderer<T> renderer, String notFoundTitle, String notFoundMessage) {
        Long id = parseId(rawId);
        if (id == null) {
            return malformed(context, what);
        }
        return find.apply(id).map(value -> ok(renderer.render(context, value), context))
                .orElseGet(() -> notFound(context, notFoundTitle, notFoundMessage));
    }

    private Response render(String accent, String compact, String heading,
            Function<EmbedPages.Context, Response> page) {
        EmbedTheme theme;
        try {
            theme = EmbedTheme.parse(accent, compact, heading);
        } catch (EmbedTheme.InvalidTheme invalid) {
            EmbedPages.Context plain = new EmbedPages.Context(EmbedTheme.standard(), publicUrl);
            return respond(Response.Status.BAD_REQUEST,
                    EmbedPages.problem(plain, "Ugyldig visningsvalg", invalid.getMessage()), plain);
        }
        return page.apply(new EmbedPages.Context(theme, publicUrl));
    }

    /**
     * A query parameter the page does not know, or one given twice ({@link no.planstatus.common.QueryParameterCheck}):
     * the same 400 page as any other invalid choice, naming the parameter, instead of JSON in the frame.
     */
    @ServerExceptionMapper
    public Response invalidParameter(ApiProblem problem) {
        EmbedPages.Context plain = new EmbedPages.Context(EmbedTheme.standard(), publicUrl);
        String reasons = problem.violations() == null ? problem.getMessage()
                : problem.violations().stream().map(v -> "«" + v.field() + "» " + v.message())
                        .collect(Collectors.joining(". ")) + ".";
        return respond(Response.Status.fromStatusCode(problem.type().status()),
                EmbedPages.problem(plain, "Ugyldig adresse", reasons), plain);
    }

    /** Ids are positive whole numbers; anything else is the caller's mistake (400), not a missing page (404). */
    private static Long parseId(String raw) {
        if (raw == null || !raw.matches("[1-9][0-9]{0,17}")) {
            return null;
        }
        return Long.parseLong(raw);
    }

    private static Response ok(String html, EmbedPages.Context context) {
        return respond(Response.Status.OK, html, context);
    }

    private static Response malformed(EmbedPages.Context context, String what) {
        return respond(Response.Status.BAD_REQUEST, EmbedPages.problem(context, "Ugyldig adresse",
                what + " i adressen må være et positivt heltall."), context);
    }

    private static Response notFound(EmbedPages.Context context, String title, String message) {
        return respond(Response.Status.NOT_FOUND, EmbedPages.problem(context, title, message), context);
    }

    private static Response respond(Response.Status status, String html, EmbedPages.Context context) {
        return Response.status(status).type(HTML).entity(html)
                .header("Content-Security-Policy", "default-src 'none'; style-src "
                        + EmbedPages.stylesheetSource(context.theme())
                        + "; script-src " + context.scriptSource()
                        + "; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors *")
                .build();
    }
}
