package no.planstatus.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.planstatus.change.Change;
import no.planstatus.change.ChangeKind;
import no.planstatus.change.Changes;
import no.planstatus.change.SnapshotShape;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.NorwegianDates;
import no.planstatus.common.Problem;
import no.planstatus.common.ProblemMappers;
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
import no.planstatus.setting.ReviewSettings;

/**
 * Writes and corrects progress reports. Editors report on any measure, reporters on the measures their party leads
 * or partners in. A correction replaces the report; the earlier version stays in the audit trail. Reports go through
 * review (docs/change-pipeline.md, «Review before publishing»): draft, submitted, sent back, approved.
 */
@ApplicationScoped
@Transactional
public class ReportEditor {

    /** The longest comment an editor may send a report back with. */
    static final int RETURN_COMMENT_MAX = 2000;

    private final Caller caller;
    private final Changes changes;
    private final ReviewSettings settings;
    private final Validator validator;

    public ReportEditor(Caller caller, Changes changes, ReviewSettings settings, Validator validator) {
        this.caller = caller;
        this.changes = changes;
        this.settings = settings;
        this.validator = validator;
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

    /**
     * Writes a report. A draft (asked for with {@code draft}) is kept for its author; otherwise a reporter's report
     * waits for an editor's approval (unless {@link ReviewSettings} turns that off) and an editor's is approved at
     * once. Only an approved report is public.
     */
    public ReportView create(long measureId, ReportInput input) {
        Measure measure = Measure.<Measure>findByIdOptional(measureId)
                .orElseThrow(() -> ApiProblem.notFound("Tiltak", measureId));
        Actor actor = caller.require();
        requireMayReportOn(actor, measure);
        ReportingPeriod period = requireValid(measure.actionPlan, input);
        ProgressReport report = new ProgressReport();
        report.measure = measure;
        report.author = authorName(actor);
        report.authorAccountId = actor.type() == Actor.Type.ACCOUNT ? actor.id() : null;
        report.createdAt = Instant.now();
        apply(report, period, input);
        report.state = input.keepAsDraft() ? ReportState.DRAFT : stateOnSubmit(actor);
        report.submittedAt = report.state == ReportState.DRAFT ? null : report.createdAt;
        report.persist();
        replaceLinks(report, input.links());
        ProgressReport.flush();
        ReportView created = ReportView.of(report);
        ChangeKind kind = switch (report.state) {
            case DRAFT -> ChangeKind.REPORT_DRAFT_SAVED;
            case SUBMITTED -> ChangeKind.REPORT_SUBMITTED;
            default -> ChangeKind.REPORT_CREATED;
        };
        changes.publish(Change.created(kind, measureId, ReportSnapshot.of(created)));
        return created;
    }

    /**
     * Writes a report through a personal link: signed with the person's name and e-mail address, for the round's
     * period whatever the input says, and always submitted for approval (never public before an editor approves
     * it). The same rules as any report; the caller has checked the link and that the measure is one of its.
     */
    public ReportView submitThroughInvitation(long measureId, ReportInput input, InvitedAuthor author) {
        Measure measure = Measure.<Measure>findByIdOptional(measureId)
                .orElseThrow(() -> ApiProblem.notFound("Tiltak", measureId));
        // Always the round's period, whatever the form sent.
        ReportInput forRound = new ReportInput(author.periodId(), input.reportDate(), input.status(),
                input.assessment(), input.percentComplete(), input.text(), input.links(), false);
        ReportingPeriod period = requireValid(measure.actionPlan, forRound);
        ProgressReport report = new ProgressReport();
        report.measure = measure;
        report.author = author.name();
        report.authorEmail = author.email();
        report.invitationId = author.invitationId();
        report.createdAt = Instant.now();
        apply(report, period, forRound);
        report.state = ReportState.SUBMITTED;
        report.submittedAt = report.createdAt;
        report.persist();
        replaceLinks(report, input.links());
        ProgressReport.flush();
        ReportView created = ReportView.of(report);
        changes.publish(Change.created(ChangeKind.REPORT_SUBMITTED, measureId, ReportSnapshot.of(created)));
        return created;
    }

    /**
     * Corrects a report. The author stays the one who wrote it; who corrected it is in the audit trail and in the
     * view ({@code correctedBy}). A report not yet approved is corrected by its author (or an editor) and saved as
     * on creation: kept as a draft, or submitted again (a report sent back loses its comment), or approved when its
     * author needs no approval. An editor's correction of someone else's report is no approval: it stays in review.
     * An approved report stays approved.
     */
    public ReportView correct(long measureId, long id, String ifMatch, ReportInput input) {
        ProgressReport report = ProgressReport.findInMeasure(measureId, id)
                .orElseThrow(() -> ApiProblem.notFound("Statusrapport", id));
        Actor actor = caller.require();
        requireMayReportOn(actor, report.measure);
        requireMayCorrect(actor, report);
        Versions.requireMatch(ifMatch, report.version);
        if (report.state == ReportState.APPROVED && actor.role() == Role.REPORTER && settings.reportsNeedApproval()) {
            // Otherwise a reporter's correction would be public at once, past the review every new text needs.
            throw new ApiProblem(ProblemType.CONFLICT, "Statusrapporten er godkjent og offentlig, så bare redaksjonen"
                    + " kan rette den. Skriv en ny statusrapport i stedet; den blir offentlig når den er godkjent.");
        }
        if (report.reportingPeriod != null) {
            requireOpen(report.reportingPeriod);
        }
        ReportingPeriod period = requireValid(report.measure.actionPlan, input);
        boolean wasApproved = report.state == ReportState.APPROVED;
        if (wasApproved && input.keepAsDraft()) {
            throw new ApiProblem(ProblemType.CONFLICT,
                    "En godkjent statusrapport er offentlig og kan ikke gjøres om til utkast.");
        }
        ReportView before = ReportView.of(report);
        apply(report, period, input);
        // Always touched, so the version moves even when only the links change.
        report.updatedAt = Instant.now();
        ChangeKind kind = ChangeKind.REPORT_CORRECTED;
        if (!wasApproved) {
            report.state = input.keepAsDraft() ? ReportState.DRAFT : stateOnResubmit(actor, report);
            kind = switch (report.state) {
                case DRAFT -> ChangeKind.REPORT_DRAFT_UPDATED;
                case SUBMITTED -> ChangeKind.REPORT_RESUBMITTED;
                default -> ChangeKind.REPORT_APPROVED;
            };
            if (report.state != ReportState.DRAFT) {
                report.submittedAt = report.updatedAt;
                report.reviewComment = null;
            }
            if (report.state == ReportState.APPROVED) {
                report.reviewedAt = report.updatedAt;
                report.reviewedBy = authorName(actor);
            }
        }
        replaceLinks(report, input.links());
        ProgressReport.flush();
        ReportView after = ReportView.corrected(report, authorName(actor));
        changes.publish(Change.updated(kind, measureId, ReportSnapshot.of(before), ReportSnapshot.of(after)));
        return after;
    }

    /** An editor approves a submitted report: from now on it is public and may be the measure's status. */
    public ReportView approve(long measureId, long id, String ifMatch) {
        ProgressReport report = submitted(measureId, id, ifMatch);
        ReportView before = ReportView.of(report);
        report.state = ReportState.APPROVED;
        report.reviewedAt = Instant.now();
        report.reviewedBy = authorName(caller.require());
        report.reviewComment = null;
        ProgressReport.flush();
        ReportView after = ReportView.of(report);
        changes.publish(Change.updated(ChangeKind.REPORT_APPROVED, measureId, ReportSnapshot.of(before),
                ReportSnapshot.of(after)));
        return after;
    }

    /** An editor sends a submitted report back to its author, saying why; it stays private. */
    public ReportView sendBack(long measureId, long id, String ifMatch, String comment) {
        ProgressReport report = submitted(measureId, id, ifMatch);
        if (comment == null || comment.isBlank()) {
            throw ApiProblem.invalid("comment", "må fylles ut: skriv hva som må rettes");
        }
        if (comment.length() > RETURN_COMMENT_MAX) {
            throw ApiProblem.invalid("comment", "kan ha høyst " + RETURN_COMMENT_MAX + " tegn");
        }
        ReportView before = ReportView.of(report);
        report.state = ReportState.RETURNED;
        report.reviewedAt = Instant.now();
        report.reviewedBy = authorName(caller.require());
        report.reviewComment = comment.trim();
        ProgressReport.flush();
        ReportView after = ReportView.of(report);
        changes.publish(Change.updated(ChangeKind.REPORT_RETURNED, measureId, ReportSnapshot.of(before),
                ReportSnapshot.of(after)));
        return after;
    }

    private static ProgressReport submitted(long measureId, long id, String ifMatch) {
        ProgressReport report = ProgressReport.findInMeasure(measureId, id)
                .orElseThrow(() -> ApiProblem.notFound("Statusrapport", id));
        Versions.requireMatch(ifMatch, report.version);
        if (report.state != ReportState.SUBMITTED) {
            throw new ApiProblem(ProblemType.CONFLICT, "Statusrapporten venter ikke på godkjenning (den er «"
                    + report.state.label() + "»).");
        }
        return report;
    }

    /** SUBMITTED for a reporter while reports need approval, APPROVED otherwise. */
    private ReportState stateOnSubmit(Actor actor) {
        return actor.role() == Role.REPORTER && settings.reportsNeedApproval() ? ReportState.SUBMITTED
                : ReportState.APPROVED;
    }

    /**
     * A correction by its author is saved as a new report would be; an editor correcting someone else's report
     * leaves it in review (approving is a step of its own) unless reports need no approval.
     */
    private ReportState stateOnResubmit(Actor actor, ProgressReport report) {
        if (isAuthor(actor, report)) {
            return stateOnSubmit(actor);
        }
        return settings.reportsNeedApproval() ? ReportState.SUBMITTED : ReportState.APPROVED;
    }

    /** A report not yet approved is its author's: other reporters may not see or change it. */
    private static void requireMayCorrect(Actor actor, ProgressReport report) {
        if (actor.role() != Role.REPORTER || report.state == ReportState.APPROVED || isAuthor(actor, report)) {
            return;
        }
        throw new ApiProblem(ProblemType.FORBIDDEN,
                "Bare den som skrev statusrapporten kan rette den før den er godkjent.");
    }

    static boolean isAuthor(Actor actor, ProgressReport report) {
        if (report.authorAccountId != null) {
            return actor.type() == Actor.Type.ACCOUNT && report.authorAccountId.equals(actor.id());
        }
        return actor.type() == Actor.Type.TOKEN && report.author.equals(authorName(actor));
    }

    /**
     * Every problem with the report at once, in one 400: the field rules of {@link ReportInput}, the date within
     * the action plan's years and the period one of the plan's; then a locked period (409). Returns the period.
     */
    private ReportingPeriod requireValid(ActionPlan plan, ReportInput input) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (ConstraintViolation<ReportInput> violation : validator.validate(input)) {
            violations.add(new Problem.Violation(ProblemMappers.fieldName(violation), violation.getMessage()));
        }
        if (input.reportDate() != null) {
            LocalDate first = LocalDate.of(plan.periodStart, 1, 1);
            LocalDate last = LocalDate.of(plan.periodEnd, 12, 31);
            if (input.reportDate().isBefore(first) || input.reportDate().isAfter(last)) {
                violations.add(new Problem.Violation("reportDate", "må ligge innenfor handlingsplanens periode, "
                        + NorwegianDates.range(first, last)));
            }
        }
        ReportingPeriod period = null;
        if (input.periodId() != null) {
            period = ReportingPeriod.<ReportingPeriod>findByIdOptional(input.periodId())
                    .filter(p -> p.actionPlan.id.equals(plan.id)).orElse(null);
            if (period == null) {
                violations.add(new Problem.Violation("periodId", "må være en av handlingsplanens perioder"));
            }
        }
        if (!violations.isEmpty()) {
            violations.sort(Comparator.comparing(Problem.Violation::field));
            throw new ApiProblem(ProblemType.BAD_REQUEST, "Forespørselen er ugyldig.", violations);
        }
        requireOpen(period);
        return period;
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
