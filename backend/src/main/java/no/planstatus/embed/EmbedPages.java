package no.planstatus.embed;

import static no.planstatus.embed.Html.escape;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import no.planstatus.common.PublicUrl;
import no.planstatus.dashboard.Dashboard;
import no.planstatus.goal.GoalView;
import no.planstatus.measure.MeasureSummary;
import no.planstatus.party.PartyView;
import no.planstatus.report.CurrentStatus;
import no.planstatus.report.MeasureStatus;
import no.planstatus.report.StatusCounts;
import no.planstatus.responsibility.ResponsibilityRole;

/**
 * Renders the embeddable status pages as self-contained HTML: one inline stylesheet (allowed by the page's CSP
 * hash), every stored text escaped, and one script file of Planstatus's own ({@value #FRAME_SCRIPT}) that only
 * tells a framing page the content's height; the page needs no script. Status is always written out, colour only
 * repeats it.
 */
final class EmbedPages {

    /** Posts the page's height to the page that frames it, for planstatus-resize.js there. */
    static final String FRAME_SCRIPT = "/embed/frame.js";

    private static final DateTimeFormatter NORWEGIAN_DATE =
            DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("nb-NO"));

    /** Custom properties a host may also set on the web component; here the accent comes from the query. */
    private static final String STYLE = """
            :root{--ps-accent:%s;--ps-text:#1a1a1a;--ps-bg:#ffffff;--ps-muted:#4a4a4a;--ps-gap:1rem}
            *{box-sizing:border-box}
            html{-webkit-text-size-adjust:100%%}
            body{margin:0;padding:var(--ps-gap);background:var(--ps-bg);color:var(--ps-text);
            font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;overflow-wrap:anywhere}
            h1,h2,h3,h4,h5,h6{line-height:1.25;margin:0 0 .5rem}
            .ps-title{font-size:1.375rem}
            .ps-subtitle{font-size:1.125rem;margin-top:1.25rem}
            .ps-list{list-style:none;margin:0 0 1rem;padding:0}
            .ps-measure{border-left:.25rem solid var(--ps-accent);padding:.5rem .75rem;margin:0 0 .75rem;
            background:color-mix(in srgb,var(--ps-accent) 6%%,var(--ps-bg))}
            .ps-measure p{margin:0}
            .ps-status{margin-top:.25rem!important;color:var(--ps-muted)}
            .ps-status strong{color:var(--ps-text)}
            .ps-stale{font-weight:700}
            a{color:var(--ps-accent);text-decoration-thickness:.08em;text-underline-offset:.15em}
            a:focus-visible{outline:3px solid var(--ps-accent);outline-offset:2px}
            .ps-meta{color:var(--ps-muted);font-size:.875rem;margin:1rem 0 0}
            .ps-compact{--ps-gap:.5rem;font-size:.875rem}
            .ps-compact .ps-measure{padding:.25rem .5rem;margin-bottom:.375rem}
            .ps-compact .ps-detail{display:none}
            .ps-changes{margin:0 0 1rem;padding-left:1.25rem}
            .ps-scroll{overflow-x:auto;margin:0 0 1.25rem}
            .ps-table{border-collapse:collapse;width:100%%}
            .ps-table caption{text-align:left;font-weight:700;font-size:1.125rem;padding:0 0 .25rem}
            .ps-table th,.ps-table td{border-bottom:1px solid #c8c8c8;padding:.25rem .5rem;text-align:left;
            vertical-align:top}
            .ps-table td.ps-num,.ps-table th.ps-num{text-align:right;white-space:nowrap}
            .ps-bar{display:block;min-width:4rem;height:.75rem;margin-top:.25rem;border:1px solid var(--ps-accent)}
            .ps-fill{display:block;height:100%%;background:var(--ps-accent)}
            """;

    /** One class per whole percent, so that a bar's width needs no inline style (the CSP allows none). */
    private static final String BAR_WIDTHS = java.util.stream.IntStream.rangeClosed(0, 100)
            .mapToObj(i -> ".ps-w" + i + "{width:" + i + "%}").collect(java.util.stream.Collectors.joining());

    /** What a page is rendered with: the theme from the query and the configured public address for links. */
    record Context(EmbedTheme theme, PublicUrl publicUrl) {

        String appUrl(String path) {
            return publicUrl.link(path);
        }

        /** The CSP source that allows the frame script: the public address's origin (a path is no origin). */
        String scriptSource() {
            URI uri = URI.create(publicUrl.base());
            return uri.getScheme() + "://" + uri.getRawAuthority();
        }
    }

    private EmbedPages() {
    }

    static String plan(Context context, String planTitle, List<GoalView> goals) {
        int level = context.theme().headingLevel();
        StringBuilder body = new StringBuilder();
        body.append(heading(level, "ps-title", "Status for " + escape(planTitle)));
        if (goals.isEmpty()) {
            body.append("<p>Planen har ingen mål ennå.</p>");
        }
        for (GoalView goal : goals) {
            body.append(heading(level + 1, "ps-subtitle", "<a href=\"" + escape(context.appUrl("/mal/" + goal.id()))
                    + "\" target=\"_top\">Mål " + goal.number() + ": " + escape(goal.text()) + "</a>"));
            body.append(measureList(context, goal.measures()));
        }
        List<MeasureSummary> all = goals.stream().flatMap(goal -> goal.measures().stream()).toList();
        return page(context, "Status for " + planTitle, body, lastUpdated(all), context.appUrl("/"));
    }

    static String goal(Context context, GoalView goal) {
        StringBuilder body = new StringBuilder();
        body.append(heading(context.theme().headingLevel(), "ps-title",
                "Mål " + goal.number() + ": " + escape(goal.text())));
        body.append(measureList(context, goal.measures()));
        return page(context, "Status for mål " + goal.number(), body, lastUpdated(goal.measures()),
                context.appUrl("/mal/" + goal.id()));
    }

    static String measure(Context context, MeasureSummary measure) {
        StringBuilder body = new StringBuilder();
        body.append(heading(context.theme().headingLevel(), "ps-title", "Tiltak " + escape(measure.reference())));
        body.append("<ul class=\"ps-list\">").append(measureItem(context, measure, false)).append("</ul>");
        return page(context, "Status for tiltak " + measure.reference(), body, lastUpdated(List.of(measure)),
                context.appUrl("/tiltak/" + measure.id()));
    }

    static String party(Context context, PartyView party) {
        int level = context.theme().headingLevel();
        StringBuilder body = new StringBuilder();
        body.append(heading(level, "ps-title", "Tiltak for " + escape(party.name())));
        appendRole(context, body, level + 1, "Ansvarlig for", party, ResponsibilityRole.LEAD);
        appendRole(context, body, level + 1, "Samarbeidspartner i", party, ResponsibilityRole.PARTNER);
        List<MeasureSummary> all = party.measures().stream().map(PartyView.PartyMeasure::measure).toList();
        return page(context, "Tiltak for " + party.name(), body, lastUpdated(all),
                context.appUrl("/ansvarlige/" + party.id()));
    }

    /**
     * The status dashboard: the plan's counts per status and assessment, then per goal and per lead party, as
     * tables whose every number links to the overview filtered to those measures. The bars only repeat the
     * percentage written beside them.
     */
    static String dashboard(Context context, Dashboard dashboard) {
        int level = context.theme().headingLevel();
        String planQuery = "/?plan=" + dashboard.actionPlan().id();
        StringBuilder body = new StringBuilder();
        body.append(heading(level, "ps-title", "Status for " + escape(dashboard.actionPlan().title())));
        body.append("<p>").append(dashboard.period() == null ? "Nåværende status"
                : "Status pr. " + escape(dashboard.period().label())).append(" · ")
                .append(dashboard.plan().total()).append(" tiltak</p>");
        if (!dashboard.changes().isEmpty()) {
            body.append(heading(level + 1, "ps-subtitle", "Endringer")).append("<ul class=\"ps-changes\">");
            dashboard.changes().forEach(line -> body.append("<li>").append(escape(line)).append("</li>"));
            body.append("</ul>");
        }
        body.append(countsTable(context, "Tiltak etter status", "Status", dashboard.plan().byStatus().stream()
                .map(row -> new CountRow(row.label(), row.count(), "&status=" + row.status().name(),
                        dashboard.previous() == null ? null : dashboard.previous().count(row.status())))
                .toList(), dashboard, planQuery));
        body.append(countsTable(context, "Tiltak etter vurdering", "Vurdering", dashboard.plan().byAssessment()
                .stream().map(row -> new CountRow(row.label(), row.count(),
                        row.assessment() == null ? null : "&assessment=" + row.assessment().name(),
                        dashboard.previous() == null ? null : dashboard.previous().count(row.assessment())))
                .toList(), dashboard, planQuery));
        body.append(breakdownTable(context, "Tiltak etter mål", "Mål", dashboard.goals().stream()
                .map(goal -> new Breakdown("Mål " + goal.number() + ": " + goal.text(), "&goal=" + goal.goalId(),
                        goal.counts())).toList(), planQuery));
        body.append(breakdownTable(context, "Tiltak etter ansvarlig (den som leder tiltaket)", "Ansvarlig",
                dashboard.parties().stream().map(party -> new Breakdown(party.name(),
                        "&party=" + party.partyId() + "&role=" + dashboard.partyRole().name(), party.counts()))
                        .toList(), planQuery));
        return page(context, "Status for " + dashboard.actionPlan().title(), body, null, context.appUrl(planQuery));
    }

    private record CountRow(String label, int count, String filter, Integer previous) {
    }

    private record Breakdown(String name, String filter, StatusCounts counts) {
    }

    private static String countsTable(Context context, String caption, String what, List<CountRow> rows,
            Dashboard dashboard, String planQuery) {
        int total = dashboard.plan().total();
        StringBuilder table = new StringBuilder("<div class=\"ps-scroll\"><table class=\"ps-table\"><caption>")
                .append(escape(caption)).append("</caption><thead><tr><th scope=\"col\">").append(what)
                .append("</th><th scope=\"col\" class=\"ps-num\">Antall</th><th scope=\"col\">Andel</th>");
        if (dashboard.previousPeriod() != null) {
            table.append("<th scope=\"col\" class=\"ps-num\">Pr. ").append(escape(dashboard.previousPeriod().label()))
                    .append("</th>");
        }
        table.append("</tr></thead><tbody>");
        for (CountRow row : rows) {
            table.append("<tr><th scope=\"row\">").append(escape(row.label())).append("</th><td class=\"ps-num\">")
                    .append(row.filter() == null ? String.valueOf(row.count())
                            : link(context, planQuery + row.filter(), row.count()))
                    .append("</td><td>").append(share(row.count(), total)).append("</td>");
            if (row.previous() != null) {
                table.append("<td class=\"ps-num\">").append(row.previous()).append("</td>");
            }
            table.append("</tr>");
        }
        table.append("</tbody><tfoot><tr><th scope=\"row\">Alle tiltak</th><td class=\"ps-num\">")
                .append(link(context, planQuery, total)).append("</td><td></td>");
        if (dashboard.previous() != null) {
            table.append("<td class=\"ps-num\">").append(dashboard.previous().total()).append("</td>");
        }
        return table.append("</tr></tfoot></table></div>").toString();
    }

    private static String breakdownTable(Context context, String caption, String what, List<Breakdown> rows,
            String planQuery) {
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder table = new StringBuilder("<div class=\"ps-scroll\"><table class=\"ps-table\"><caption>")
                .append(escape(caption)).append("</caption><thead><tr><th scope=\"col\">").append(what)
                .append("</th><th scope=\"col\" class=\"ps-num\">Tiltak</th>");
        for (MeasureStatus status : MeasureStatus.values()) {
            table.append("<th scope=\"col\" class=\"ps-num\">").append(status.label()).append("</th>");
        }
        table.append("<th scope=\"col\">Andel ").append(MeasureStatus.COMPLETED.label().toLowerCase(Locale.ROOT))
                .append("</th></tr></thead><tbody>");
        for (Breakdown row : rows) {
            String query = planQuery + row.filter();
            table.append("<tr><th scope=\"row\">").append(escape(row.name())).append("</th><td class=\"ps-num\">")
                    .append(link(context, query, row.counts().total())).append("</td>");
            for (StatusCounts.StatusCount count : row.counts().byStatus()) {
                table.append("<td class=\"ps-num\">")
                        .append(link(context, query + "&status=" + count.status().name(), count.count()))
                        .append("</td>");
            }
            table.append("<td>").append(share(row.counts().count(MeasureStatus.COMPLETED), row.counts().total()))
                    .append("</td></tr>");
        }
        return table.append("</tbody></table></div>").toString();
    }

    private static String link(Context context, String path, int count) {
        return "<a href=\"" + escape(context.appUrl(path)) + "\" target=\"_top\">" + count + "</a>";
    }

    /** The share as a written percentage, then a bar of that width that only repeats it. */
    private static String share(int count, int total) {
        int percent = total == 0 ? 0 : (int) Math.round(100.0 * count / total);
        return percent + " %<span class=\"ps-bar\" aria-hidden=\"true\"><span class=\"ps-fill ps-w" + percent
                + "\"></span></span>";
    }

    /** A page for an unknown or malformed address; it says what went wrong and links to the whole plan. */
    static String problem(Context context, String title, String message) {
        StringBuilder body = new StringBuilder();
        body.append(heading(context.theme().headingLevel(), "ps-title", escape(title)));
        body.append("<p>").append(escape(message)).append("</p>");
        return page(context, title, body, null, context.appUrl("/"));
    }

    private static void appendRole(Context context, StringBuilder body, int level, String title, PartyView party,
            ResponsibilityRole role) {
        List<MeasureSummary> measures = party.measures().stream().filter(m -> m.role() == role)
                .map(PartyView.PartyMeasure::measure).toList();
        body.append(heading(level, "ps-subtitle", escape(title) + " (" + measures.size() + ")"));
        body.append(measureList(context, measures));
    }

    private static String measureList(Context context, List<MeasureSummary> measures) {
        if (measures.isEmpty()) {
            return "<p>Ingen tiltak.</p>";
        }
        StringBuilder list = new StringBuilder("<ul class=\"ps-list\">");
        for (MeasureSummary measure : measures) {
            list.append(measureItem(context, measure, true));
        }
        return list.append("</ul>").toString();
    }

    private static String measureItem(Context context, MeasureSummary measure, boolean linkText) {
        StringBuilder item = new StringBuilder("<li class=\"ps-measure\"><p>");
        String text = escape(measure.reference()) + " " + escape(measure.text());
        if (linkText) {
            item.append("<a href=\"").append(escape(context.appUrl("/tiltak/" + measure.id())))
                    .append("\" target=\"_top\">").append(text).append("</a>");
        } else {
            item.append(text);
        }
        item.append("</p><p class=\"ps-status\">").append(statusLine(measure.currentStatus()));
        if (measure.staleness().stale()) {
            // Words, not colour: the mark reads the same in every theme and to a screen reader.
            item.append(" · <strong class=\"ps-stale\">").append(escape(measure.staleness().label()))
                    .append("</strong>");
        }
        item.append("</p>");
        if (!measure.responsibilityText().isBlank()) {
            item.append("<p class=\"ps-detail\">Ansvar: ").append(escape(measure.responsibilityText())).append("</p>");
        }
        return item.append("</li>").toString();
    }

    static String statusLine(CurrentStatus status) {
        StringBuilder line = new StringBuilder("Status: <strong>")
                .append(status.status().label()).append("</strong>");
        if (status.assessment() != null) {
            line.append(" · Vurdering: ").append(status.assessment().label());
        }
        if (status.percentComplete() != null) {
            line.append(" · ").append(status.percentComplete()).append(" % fullført");
        }
        if (status.period() != null) {
            line.append("<span class=\"ps-detail\"> · ").append(escape(status.period())).append("</span>");
        }
        return line.toString();
    }

    private static Optional<LocalDate> lastUpdated(List<MeasureSummary> measures) {
        return measures.stream().map(m -> m.currentStatus().reportDate()).filter(Objects::nonNull)
                .max(Comparator.naturalOrder());
    }

    private static String heading(int level, String cssClass, String html) {
        return "<h" + level + " class=\"" + cssClass + "\">" + html + "</h" + level + ">";
    }

    /** The page's only stylesheet, inline; the CSP allows exactly this text by its hash. */
    static String stylesheet(EmbedTheme theme) {
        return STYLE.formatted(theme.accent()).replace("\n", "") + BAR_WIDTHS;
    }

    /** The CSP source that allows {@link #stylesheet} and nothing else: {@code 'sha256-…'}. */
    static String stylesheetSource(EmbedTheme theme) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(stylesheet(theme).getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String page(Context context, String title, StringBuilder body, Optional<LocalDate> updated,
            String fullPageUrl) {
        StringBuilder html = new StringBuilder(4096 + body.length());
        html.append("<!DOCTYPE html><html lang=\"nb\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta name=\"referrer\" content=\"strict-origin-when-cross-origin\">")
                .append("<title>").append(escape(title)).append(" – Planstatus</title>")
                .append("<style>").append(stylesheet(context.theme())).append("</style>")
                .append("<script src=\"").append(escape(context.appUrl(FRAME_SCRIPT))).append("\" defer></script>")
                .append("</head><body").append(context.theme().compact() ? " class=\"ps-compact\"" : "")
                .append("><main>").append(body);
        html.append("<p class=\"ps-meta\">");
        if (updated != null && updated.isPresent()) {
            // The date of the latest approved report shown, never today's date.
            LocalDate date = updated.get();
            html.append("Sist oppdatert <time datetime=\"").append(date).append("\">")
                    .append(NORWEGIAN_DATE.format(date)).append("</time> · ");
        } else if (updated != null) {
            html.append("Ikke rapportert ennå · ");
        }
        html.append("<a href=\"").append(escape(fullPageUrl)).append("\" target=\"_top\">Se hele planen</a></p>")
                .append("</main></body></html>");
        return html.toString();
    }
}
