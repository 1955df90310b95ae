package no.planstatus.report;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.planstatus.common.InList;
import no.planstatus.common.PageRequest;
import no.planstatus.measure.Measure;
import no.planstatus.period.ReportingPeriod;

/** A progress report (statusrapport) on a measure. The latest one by report date is the measure's status. */
@Entity
@Table(name = "progress_report")
public class ProgressReport extends PanacheEntity {

    /** Optimistic-lock version; the resource's ETag. */
    @Version
    public long version;

    /** Orders reports newest first: by the date they report on, then by entry order. */
    static final String NEWEST_FIRST = "reportDate desc, id desc";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "measure_id")
    public Measure measure;

    /** The reporting period the report belongs to; null only for an old report whose period matched none. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "period_id")
    public ReportingPeriod reportingPeriod;

    /**
     * The free-text period of a report written before periods were data, kept as its legacy label when it matched
     * no period (e.g. «Juni 2022»); null otherwise.
     */
    public String period;

    /** Where the report is in review; only APPROVED reports are public and count as the measure's status. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportState state = ReportState.APPROVED;

    /** The account that wrote it, if one did (the report goes back to it when sent back). */
    @Column(name = "author_account_id")
    public Long authorAccountId;

    /** The e-mail address of an author who reported through a personal link. */
    @Column(name = "author_email")
    public String authorEmail;

    /** The personal link it was written through, if any. */
    @Column(name = "invitation_id")
    public Long invitationId;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    /** The editor's comment when the report was sent back. */
    @Column(name = "review_comment")
    public String reviewComment;

    @Column(name = "report_date", nullable = false)
    public LocalDate reportDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImplementationStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Assessment assessment;

    @Column(name = "percent_complete")
    public Integer percentComplete;

    @Column(nullable = false)
    public String text;

    @Column(nullable = false)
    public String author;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** When the report was last corrected; null while it is as first written. */
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The period the report is shown under: its period's label, or the legacy label of an old report. */
    public String periodLabel() {
        return reportingPeriod != null ? reportingPeriod.label : period;
    }

    /** The id of the report's period; null for an old report whose period text matched none. */
    public Long periodId() {
        return reportingPeriod != null ? reportingPeriod.id : null;
    }

    /** The report in any state: for its author and editors. */
    public static Optional<ProgressReport> findInMeasure(long measureId, long id) {
        return find("id = ?1 and measure.id = ?2", id, measureId).firstResultOptional();
    }

    /** The report when it is public (approved). */
    public static Optional<ProgressReport> findApprovedInMeasure(long measureId, long id) {
        return find("id = ?1 and measure.id = ?2 and state = ?3", id, measureId, ReportState.APPROVED)
                .firstResultOptional();
    }

    /**
     * A page of the measure's approved reports newest first, one row more than the page when there is a next
     * page.
     */
    public static List<ProgressReport> pageByMeasureNewestFirst(long measureId, PageRequest page) {
        if (page.isFirst()) {
            return find("measure.id = ?1 and state = ?2 order by " + NEWEST_FIRST, measureId, ReportState.APPROVED)
                    .range(0, page.limit()).list();
        }
        LocalDate afterDate;
        try {
            afterDate = LocalDate.ofEpochDay(page.afterLong(0));
        } catch (DateTimeException e) {
            throw PageRequest.invalidCursor();
        }
        return find("measure.id = ?1 and state = ?4 and (reportDate < ?2 or (reportDate = ?2 and id < ?3)) order by "
                + NEWEST_FIRST, measureId, afterDate, page.afterLong(1), ReportState.APPROVED)
                .range(0, page.limit()).list();
    }

    /** Reports in a state, for the review lists: oldest submitted first, as they wait in line. */
    public static List<ProgressReport> listByState(ReportState state) {
        return find("state = ?1 order by submittedAt, id", state).list();
    }

    /** What an account wrote that is not public yet: drafts, waiting and sent back, newest first. */
    public static List<ProgressReport> listNotApprovedByAuthor(long accountId) {
        return find("authorAccountId = ?1 and state <> ?2 order by createdAt desc, id desc", accountId,
                ReportState.APPROVED).list();
    }

    /** The reports with the given ids, in one query (a measure's current report is kept on the measure). */
    public static List<ProgressReport> listByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<ProgressReport> found = new ArrayList<>();
        for (List<Long> chunk : InList.chunks(ids)) {
            found.addAll(ProgressReport.<ProgressReport>find("select r from ProgressReport r left join fetch"
                    + " r.reportingPeriod where r.id in " + InList.placeholders(chunk.size()),
                    InList.parameters(chunk)).list());
        }
        return found;
    }
}
