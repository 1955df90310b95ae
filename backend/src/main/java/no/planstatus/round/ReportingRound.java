package no.planstatus.round;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.planstatus.period.ReportingPeriod;

/** A reporting round: an editor asks the responsible bodies for reports for one period by a deadline. */
@Entity
@Table(name = "reporting_round")
public class ReportingRound extends PanacheEntity {

    /** Optimistic-lock version; the resource's ETag. */
    @Version
    public long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "period_id")
    public ReportingPeriod period;

    @Column(nullable = false)
    public LocalDate deadline;

    /** The editor's message to the reporters, sent with every reminder; optional. */
    public String message;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "opened_by", nullable = false)
    public String openedBy;

    /** Null while the round is open. */
    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    public boolean isOpen() {
        return closedAt == null;
    }

    /** The round with its period and the period's action plan. */
    public static Optional<ReportingRound> findDetailed(long id) {
        return find("select r from ReportingRound r join fetch r.period p join fetch p.actionPlan where r.id = ?1", id)
                .firstResultOptional();
    }

    /** Every round with its period: open ones first, then by deadline, newest first. */
    public static List<ReportingRound> listOpenFirst() {
        return find("select r from ReportingRound r join fetch r.period p join fetch p.actionPlan "
                + "order by case when r.closedAt is null then 0 else 1 end, r.deadline desc, r.id desc").list();
    }

    public static boolean existsOpenForPeriod(long periodId) {
        return count("period.id = ?1 and closedAt is null", periodId) > 0;
    }
}
