package no.planstatus.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each measure's status was for a period: its latest approved report counted for a period that ends on a
 * given day. A report counts for the period when its own period ends on or before that day, or, for an old report
 * without a period, when it is dated on or before it. The latest is the newest by report date, then id, as for the
 * measure's current status. The dashboard and the published status reports read statuses this way.
 */
public final class ReportsAsOf {

    private ReportsAsOf() {
    }

    /** Measure id → its latest approved report counted by {@code endsOn}; a measure without one is absent. */
    public static Map<Long, ProgressReport> latestApproved(long actionPlanId, LocalDate endsOn) {
        List<ProgressReport> reports = ProgressReport.find("select r from ProgressReport r"
                + " left join fetch r.reportingPeriod p"
                + " where r.measure.actionPlanId = ?1 and r.state = ?2"
                + " and ((p is not null and p.endsOn <= ?3) or (p is null and r.reportDate <= ?3))"
                + " order by r.measure.id, r.reportDate desc, r.id desc",
                actionPlanId, ReportState.APPROVED, endsOn).list();
        Map<Long, ProgressReport> latest = new LinkedHashMap<>();
        for (ProgressReport report : reports) {
            latest.putIfAbsent(report.measure.id, report);
        }
        return latest;
    }
}
