package no.planstatus.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import no.planstatus.measure.Measure;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportService {

    /** The measure's reports newest first, or empty when the measure does not exist. */
    public Optional<List<ReportView>> listByMeasure(long measureId) {
        if (Measure.findByIdOptional(measureId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ReportView.of(ProgressReport.listByMeasureNewestFirst(measureId)));
    }

    /** The report, when it exists and belongs to the measure. */
    public Optional<ReportView> get(long measureId, long id) {
        return ProgressReport.findInMeasure(measureId, id).map(ReportView::of);
    }
}
