package no.planstatus.statusreport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import no.planstatus.change.Change;
import no.planstatus.change.ChangeKind;
import no.planstatus.change.Changes;
import no.planstatus.change.SnapshotShape;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.ProblemType;
import no.planstatus.period.ReportingPeriod;
import no.planstatus.round.ReportingRound;
import no.planstatus.security.Caller;

/**
 * Publishes status reports and their corrections. A period has one published report; a correction is its next
 * version, with a fresh snapshot, and the version it corrects names it as its successor. Each write is published as
 * one change ({@link ChangeKind#STATUS_REPORT_PUBLISHED}, {@link ChangeKind#STATUS_REPORT_CORRECTED}).
 */
@ApplicationScoped
@Transactional
public class StatusReportEditor {

    private final Caller caller;
    private final Changes changes;
    private final ObjectMapper json;

    public StatusReportEditor(Caller caller, Changes changes, ObjectMapper json) {
        this.caller = caller;
        this.changes = changes;
        this.json = json;
    }

    @Produces
    static SnapshotShape snapshotShape() {
        return SnapshotShape.of(ChangeKind.Resource.STATUS_REPORT, StatusReportSnapshot.class);
    }

    public StatusReportView publish(StatusReportInput.Publish input) {
        ReportingRound round = ReportingRound.findDetailed(input.roundId())
                .orElseThrow(() -> ApiProblem.invalid("roundId", "finnes ikke"));
        // Locked, so that two editors publishing the same period at once cannot both succeed.
        ReportingPeriod period = ReportingPeriod.findById(round.period.id, LockModeType.PESSIMISTIC_WRITE);
        StatusReport.<StatusReport>find("periodId = ?1 order by reportVersion desc", period.id).firstResultOptional()
                .ifPresent(existing -> {
                    throw new ApiProblem(ProblemType.CONFLICT, "«" + period.label + "» har allerede en publisert "
                            + "statusrapport («" + existing.title + "», versjon " + existing.reportVersion
                            + "). Lag en rettelse av den i stedet.");
                });
        String title = input.title() == null || input.title().isBlank()
                ? "Statusrapport pr. " + period.label : input.title().trim();
        StatusReport report = new StatusReport();
        report.actionPlanId = period.actionPlan.id;
        report.periodId = period.id;
        report.roundId = round.id;
        report.title = title;
        report.reportVersion = 1;
        StatusReportView view = store(report, period, null,
                StatusReport.latestBefore(period.actionPlan.id, period.startsOn, period.kind).orElse(null));
        changes.publish(Change.created(ChangeKind.STATUS_REPORT_PUBLISHED, null, StatusReportSnapshot.of(report)));
        return view;
    }

    public StatusReportView correct(long id, StatusReportInput.Correction input) {
        StatusReport previous = StatusReport.<StatusReport>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiProblem.notFound("Publisert statusrapport", id));
        if (previous.supersededById != null) {
            StatusReport successor = StatusReport.findById(previous.supersededById);
            throw new ApiProblem(ProblemType.CONFLICT, "Versjon " + previous.reportVersion + " av «" + previous.title
                    + "» er allerede rettet av versjon " + successor.reportVersion + ". Rett den nyeste versjonen.");
        }
        ReportingPeriod period = ReportingPeriod.findById(previous.periodId);
        StatusReport report = new StatusReport();
        report.actionPlanId = previous.actionPlanId;
        report.periodId = previous.periodId;
        report.roundId = previous.roundId;
        report.title = previous.title;
        report.reportVersion = previous.reportVersion + 1;
        report.previousId = previous.id;
        report.correctionReason = input.reason().trim();
        StatusReportView view = store(report, period, report.correctionReason, previous);
        previous.supersededById = report.id;
        StatusReport.flush();
        changes.publish(Change.created(ChangeKind.STATUS_REPORT_CORRECTED, null, StatusReportSnapshot.of(report)));
        return view;
    }

    /** Persists the report with its snapshot, compared with {@code compared} (the previous report), if any. */
    private StatusReportView store(StatusReport report, ReportingPeriod period, String correctionReason,
            StatusReport compared) {
        report.publishedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        report.publishedBy = caller.require().name();
        report.snapshot = "{}";
        report.persist();
        StatusReport.flush();
        StatusReportView previousView = compared == null ? null : read(compared);
        StatusReportView view = StatusReportContent.build(report, period,
                correctionReason == null ? null : new StatusReportSummary.Correction(correctionReason,
                        report.previousId), previousView);
        report.snapshot = write(view);
        StatusReport.flush();
        return view;
    }

    private String write(StatusReportView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the status report " + view.id(), e);
        }
    }

    StatusReportView read(StatusReport report) {
        return StatusReportService.read(json, report);
    }
}
