package no.planstatus.responsibility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import no.planstatus.measure.Measure;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ResponsibilityService {

    /** The measure's responsibilities in order, or empty when there is no such measure. */
    public Optional<List<ResponsibilityView>> listByMeasure(long measureId) {
        if (Measure.findByIdOptional(measureId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Responsibility.listByMeasure(measureId).stream().map(ResponsibilityView::of).toList());
    }

    public Optional<ResponsibilityView> get(long measureId, long id) {
        return Responsibility.findInMeasure(measureId, id).map(ResponsibilityView::of);
    }
}
