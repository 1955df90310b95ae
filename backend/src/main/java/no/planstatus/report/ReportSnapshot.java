package no.planstatus.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.planstatus.change.Snapshot;

/**
 * A report as the audit trail keeps it and webhooks receive it, whoever wrote it: the fields of the API's report.
 * Rows the importer wrote before there was one shape lack {@code measureId}, {@code updatedAt} and
 * {@code correctedBy}, and rows written before periods were data lack {@code periodId}; they read as null. Rows
 * from before review lack {@code state} (they were all public: read them as approved), {@code reviewedBy} and
 * {@code reviewComment}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReportSnapshot(long id, long version, Long measureId, String period, Long periodId,
        LocalDate reportDate,
        ImplementationStatus status, Assessment assessment, Integer percentComplete, String text,
        List<ReportView.Link> links, String author, Instant createdAt, Instant updatedAt, String correctedBy,
        ReportState state, String reviewedBy, String reviewComment)
        implements Snapshot {

    /** The state, reading a row from before review as the approved report it was. */
    public ReportState stateOrApproved() {
        return state == null ? ReportState.APPROVED : state;
    }

    static ReportSnapshot of(ReportView view) {
        return new ReportSnapshot(view.id(), view.version(), view.measureId(), view.period(), view.periodId(),
                view.reportDate(),
                view.status(), view.assessment(), view.percentComplete(), view.text(), view.links(), view.author(),
                view.createdAt(), view.updatedAt(), view.correctedBy(), view.state(), view.reviewedBy(),
                view.reviewComment());
    }

    /** For writers that hold the links already (the importer), so that building it costs no query. */
    public static ReportSnapshot of(ProgressReport report, List<ReportView.Link> links, String correctedBy) {
        return new ReportSnapshot(report.id, report.version, report.measure.id, report.periodLabel(),
                report.periodId(), report.reportDate,
                report.status, report.assessment, report.percentComplete, report.text, List.copyOf(links),
                report.author, report.createdAt, report.updatedAt, report.updatedAt == null ? null : correctedBy,
                report.state, report.reviewedBy, report.reviewComment);
    }
}
