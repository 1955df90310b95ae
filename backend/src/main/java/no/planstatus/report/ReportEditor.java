package no.planstatus.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.planstatus.change.Change;
import no.planstatus.change.ChangeKind;
import no.planstatus.change.Changes;
import no.planstatus.change.SnapshotShape;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.Problem;
import no.planstatus.common.ProblemType;
import no.planstatus.common.Versions;
import no.planstatus.measure.Measure;
import no.planstatus.period.ReportingPeriod;
import no.planstatus.plan.ActionPlan;
import no.planstatus.responsibility.Responsibility;
import no.planstatus.security.Actor;
import no.planstatus.token.ApiToken;
import no.planstatus.security.Caller;
import no.planstatus.security.Role;

/**
 * Writes and corrects progress reports. Editors report on any measure, reporters on the measures their party leads
 * or partners in. A correction replaces the report; the earlier version stays in the audit trail.
 */
@ApplicationScoped
@Transactional
public class ReportEditor {

    private final Caller caller;
    private final Changes changes;

    public ReportEditor(Caller caller, Changes changes) {
        this.caller = caller;
        this.changes = changes;
    }

    @Produces
    static SnapshotShape snapshotShape() {
        return SnapshotShape.of(ChangeKind.Resource.REPORT, ReportSnapshot.class);
    }

    /**
     * Answers 404 when the measure is missing and 403 when the caller may not report on it. Resources call this
     * before reading the body, so a caller without access learns nothing from validation messages.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireMayReportOn(long measureId) {
        Measure measure = Measure.<Measure>findByIdOptional(measureId)
                .orElseThrow(() -> ApiProblem.notFound("Tiltak", measureId));
        requireMayReportOn(caller.require(), measure);
    }

    public ReportView create(long measureId, ReportInput input) {
        Measure measure = Measure.<Measure>findByIdOptional(measureId)
                .orElseThrow(() -> ApiProblem.notFound("Tiltak", measureId));
        Actor actor = caller.require();
        requireMayReportOn(actor, measure);
        ReportingPeriod period = requireReportable(measure.actionPlan, input);
        ProgressReport report = new ProgressReport();
        report.measure = measure;
        report.author = authorName(actor);
        report.createdAt = Instant.now();
        apply(report, period, input);
        report.persist();
        replaceLinks(report, input.links());
        ProgressReport.flush();
        ReportView created = ReportView.of(report);
        changes.publish(Change.created(ChangeKind.REPORT_CREATED, measureId, ReportSnapshot.of(created)));
        return created;
    }

    /**
     * Corrects a report. The author stays the one who wrote it; who corrected it is in the audit trail and in the
     * view ({@code correctedBy}).
     */
    public ReportView correct(long measureId, long id, String ifMatch, ReportInput input) {
        ProgressReport report = ProgressReport.findInMeasure(measureId, id)
                .orElseThrow(() -> ApiProblem.notFound("Statusrapport", id));
        requireMayReportOn(caller.require(), report.measure);
        Versions.requireMatch(ifMatch, report.version);
        if (report.reportingPeriod != null) {
            requireOpen(report.reportingPeriod);
        }
        ReportingPeriod period = requireReportable(report.measure.actionPlan, input);
        ReportView before = ReportView.of(report);
        apply(report, period, input);
        // Always touched, so the version moves even when only the links change.
        report.updatedAt = Instant.now();
        replaceLinks(report, input.links());
        ProgressReport.flush();
        ReportView after = ReportView.corrected(report, authorName(caller.require()));
        changes.publish(Change.updated(ChangeKind.REPORT_CORRECTED, measureId, ReportSnapshot.of(before),
                ReportSnapshot.of(after)));
        return after;
    }

    private static void apply(ProgressReport report, ReportingPeriod period, ReportInput input) {
        report.reportingPeriod = period;
        // A report given a period loses the legacy label it had from before periods were data.
        report.period = null;
        report.reportDate = input.reportDate();
        report.status = input.status();
        report.assessment = input.assessment();
        report.percentComplete = input.percentComplete();
        report.text = input.text().trim();
    }

    private static void replaceLinks(ProgressReport report, List<ReportInput.Link> links) {
        ReportLink.deleteByReport(report.id);
        if (links == null) {
            return;
        }
        for (int i = 0; i < links.size(); i++) {
            ReportLink link = new ReportLink();
            link.report = report;
            link.position = i + 1;
            link.url = links.get(i).url().trim();
            String title = links.get(i).title();
            link.title = title == null || title.isBlank() ? null : title.trim();
            link.persist();
        }
    }

    private static void requireMayReportOn(Actor actor, Measure measure) {
        if (actor.role() != Role.REPORTER) {
            return;
        }
        boolean responsible = actor.partyId() != null
                && Responsibility.count("measure.id = ?1 and party.id = ?2", measure.id, actor.partyId()) > 0;
        if (!responsible) {
            throw new ApiProblem(ProblemType.FORBIDDEN,
                    "Du kan bare rapportere på tiltak der din part er ansvarlig eller samarbeidspartner.");
        }
    }

    /**
     * The input's period, when it is one of the plan's and open, and the report date within the plan's years: both
     * field problems at once (400), then a locked period (409).
     */
    private static ReportingPeriod requireReportable(ActionPlan plan, ReportInput input) {
        List<Problem.Violation> violations = new ArrayList<>();
        LocalDate first = LocalDate.of(plan.periodStart, 1, 1);
        LocalDate last = LocalDate.of(plan.periodEnd, 12, 31);
        if (input.reportDate().isBefore(first) || input.reportDate().isAfter(last)) {
            violations.add(new Problem.Violation("reportDate", "må ligge innenfor handlingsplanens periode, " + first
                    + " til " + last));
        }
        ReportingPeriod period = ReportingPeriod.<ReportingPeriod>findByIdOptional(input.periodId())
                .filter(p -> p.actionPlan.id.equals(plan.id)).orElse(null);
        if (period == null) {
            violations.add(new Problem.Violation("periodId", "må være en av handlingsplanens perioder"));
        }
        if (!violations.isEmpty()) {
            throw new ApiProblem(ProblemType.BAD_REQUEST, "Forespørselen er ugyldig.", violations);
        }
        requireOpen(period);
        return period;
    }

    private static void requireOpen(ReportingPeriod period) {
        if (period.locked) {
            throw new ApiProblem(ProblemType.CONFLICT, "Perioden «" + period.label + "» er låst; rapporter for den "
                    + "kan ikke skrives eller rettes. En redaktør kan låse den opp.");
        }
    }

    /** Accounts sign with their display name, API tokens with the name the admin gave them. */
    private static String authorName(Actor actor) {
        if (actor.type() == Actor.Type.TOKEN) {
            return ApiToken.<ApiToken>findByIdOptional(actor.id()).map(token -> token.name).orElse(actor.name());
        }
        return actor.name();
    }
}
