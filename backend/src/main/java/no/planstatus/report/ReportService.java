package no.planstatus.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import no.planstatus.common.Page;
import no.planstatus.common.PageRequest;
import no.planstatus.measure.Measure;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportService {

    /**
     * A page of the measure's approved reports newest first, or empty when the measure does not exist. Public: the
     * same answer for every caller, so that the response cache may share it.
     */
    public Optional<Page<ReportView>> pageByMeasure(long measureId, PageRequest page) {
        if (Measure.findByIdOptional(measureId).isEmpty()) {
            return Optional.empty();
        }
        List<ProgressReport> fetched = ProgressReport.pageByMeasureNewestFirst(measureId, page);
        return Optional.of(Page.of(fetched, page,
                        report -> PageRequest.cursor(report.reportDate.toEpochDay(), report.id))
                .map(reports -> ReportView.of(reports).stream().map(ReportView::forPublic).toList()));
    }

    /** The reports written through one personal link, newest first. */
    public List<ReportView> listByInvitation(long invitationId) {
        return ReportView.of(ProgressReport.<ProgressReport>list("invitationId = ?1 order by "
                + ProgressReport.NEWEST_FIRST, invitationId));
    }

    /** The report, when it exists, belongs to the measure and is public (approved). */
    public Optional<ReportView> get(long measureId, long id) {
        return ProgressReport.findApprovedInMeasure(measureId, id).map(ReportView::of).map(ReportView::forPublic);
    }
}
