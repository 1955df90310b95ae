package no.planstatus.report;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.List;

/** A link a progress report points to, e.g. a council case or a news item; kept in the order given. */
@Entity
@Table(name = "report_link")
public class ReportLink extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "report_id")
    public ProgressReport report;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String url;

    public String title;

    /** The links of the given reports, in one query, ordered by report and position. */
    public static List<ReportLink> listByReports(Collection<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return List.of();
        }
        return list("report.id in ?1 order by report.id, position", reportIds);
    }

    public static void deleteByReport(long reportId) {
        delete("report.id", reportId);
    }
}
