package no.planstatus.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import no.planstatus.security.Actor;
import no.planstatus.security.Caller;
import no.planstatus.security.Role;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReviewService {

    private final Caller caller;

    public ReviewService(Caller caller) {
        this.caller = caller;
    }

    public List<ReviewList.ReviewItem> listByState(ReportState state) {
        return items(ProgressReport.listByState(state));
    }

    /** Any report for an editor; for a reporter an approved one or their own. */
    public Optional<ReportView> getForEditing(long id) {
        Actor actor = caller.require();
        return ProgressReport.<ProgressReport>findByIdOptional(id)
                .filter(report -> actor.role() != Role.REPORTER || report.state == ReportState.APPROVED
                        || ReportEditor.isAuthor(actor, report))
                .map(ReportView::of);
    }

    public List<ReviewList.ReviewItem> listMine() {
        Actor actor = caller.require();
        if (actor.type() != Actor.Type.ACCOUNT) {
            return List.of();
        }
        return items(ProgressReport.listNotApprovedByAuthor(actor.id()));
    }

    private static List<ReviewList.ReviewItem> items(List<ProgressReport> reports) {
        List<ReportView> views = ReportView.of(reports);
        return IntStream.range(0, reports.size()).mapToObj(i -> {
            ProgressReport report = reports.get(i);
            return new ReviewList.ReviewItem(views.get(i),
                    new ReviewList.MeasureRef(report.measure.id, report.measure.reference, report.measure.text),
                    report.reportingPeriod != null ? report.reportingPeriod.label : report.period);
        }).toList();
    }
}
