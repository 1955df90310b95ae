package no.planstatus.statusreport;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.planstatus.period.PeriodKind;

/**
 * A published status report: the stored snapshot of an action plan for one period ({@link #snapshot}, the JSON of
 * {@link StatusReportView} as it was published) and its place among the period's versions. Only
 * {@link #supersededById} ever changes, when a correction replaces it.
 */
@Entity
@Table(name = "status_report")
public class StatusReport extends PanacheEntity {

    /** Optimistic-lock version: moves when a correction supersedes the report. */
    @Version
    public long version;

    @Column(name = "action_plan_id", nullable = false)
    public long actionPlanId;

    @Column(name = "period_id", nullable = false)
    public long periodId;

    /** The round it was published from; null when that round was deleted. */
    @Column(name = "round_id")
    public Long roundId;

    @Column(nullable = false)
    public String title;

    /** 1 for the first report of the period, n + 1 for a correction of version n. */
    @Column(name = "report_version", nullable = false)
    public int reportVersion;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    @Column(name = "superseded_by_id")
    public Long supersededById;

    /** Why the previous version was corrected; null for a first version. */
    @Column(name = "correction_reason")
    public String correctionReason;

    /** The version this one corrects; null for a first version. */
    @Column(name = "previous_id")
    public Long previousId;

    /** The report as published, as JSON; never changed. */
    // VARCHAR(10000000) in V17; mapped as plain text like the audit trail's JSON (a length here would make it a CLOB)
    @Column(nullable = false)
    public String snapshot;

    public static boolean existsForPeriod(long periodId) {
        return count("periodId", periodId) > 0;
    }

    /** The action plan's reports (every one when null): newest period first, then newest version first. */
    public static List<StatusReport> listNewestFirst(Long actionPlanId) {
        String order = " order by (select p.endsOn from ReportingPeriod p where p.id = s.periodId) desc,"
                + " s.periodId desc, s.reportVersion desc";
        return actionPlanId == null
                ? find("select s from StatusReport s" + order).list()
                : find("select s from StatusReport s where s.actionPlanId = ?1" + order, actionPlanId).list();
    }

    /**
     * The latest version of the report of the previous period that has one: the plan's period with the latest end
     * before {@code startsOn}, of the same kind when two end the same day.
     */
    public static Optional<StatusReport> latestBefore(long actionPlanId, LocalDate startsOn, PeriodKind kind) {
        return find("select s from StatusReport s, ReportingPeriod p where p.id = s.periodId"
                + " and s.actionPlanId = ?1 and p.endsOn < ?2 and s.supersededById is null"
                + " order by p.endsOn desc, case when p.kind = ?3 then 0 else 1 end, s.id desc",
                actionPlanId, startsOn, kind).firstResultOptional();
    }
}
