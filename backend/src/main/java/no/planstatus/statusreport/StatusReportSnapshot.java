package no.planstatus.statusreport;

import no.planstatus.change.Snapshot;

/** A status report as the audit trail records it: its place among the period's versions, not its content. */
public record StatusReportSnapshot(long id, long actionPlanId, long periodId, String title, int version,
        Long supersededById, Long previousId, String correctionReason) implements Snapshot {

    static StatusReportSnapshot of(StatusReport report) {
        return new StatusReportSnapshot(report.id, report.actionPlanId, report.periodId, report.title,
                report.reportVersion, report.supersededById, report.previousId, report.correctionReason);
    }
}
