package no.planstatus.measure;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.planstatus.report.ImplementationStatus;
import no.planstatus.report.MeasureStatus;
import no.planstatus.report.ProgressReport;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MeasureService {

    private final MeasureViews views;

    public MeasureService(MeasureViews views) {
        this.views = views;
    }

    public List<MeasureSummary> list(MeasureFilter filter) {
        return views.summaries(find(filter));
    }

    public Optional<MeasureSummary> get(long id) {
        return Measure.findDetailed(id).map(views::summary);
    }

    /** Measures matching the filter in plan order, with goal and action plan fetched. */
    public List<Measure> find(MeasureFilter filter) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.strategicPlanId() != null) {
            conditions.add("g.strategicPlan.id = :strategicPlan");
            parameters.and("strategicPlan", filter.strategicPlanId());
        }
        if (filter.actionPlanId() != null) {
            conditions.add("ap.id = :actionPlan");
            parameters.and("actionPlan", filter.actionPlanId());
        }
        if (filter.goalId() != null) {
            conditions.add("g.id = :goal");
            parameters.and("goal", filter.goalId());
        }
        if (filter.reference() != null) {
            conditions.add("m.reference = :reference");
            parameters.and("reference", filter.reference());
        }
        if (filter.partyId() != null || filter.role() != null) {
            StringBuilder responsibility = new StringBuilder(
                    "exists (select 1 from Responsibility r where r.measure = m");
            if (filter.partyId() != null) {
                responsibility.append(" and r.party.id = :party");
                parameters.and("party", filter.partyId());
            }
            if (filter.role() != null) {
                responsibility.append(" and r.role = :role");
                parameters.and("role", filter.role());
            }
            conditions.add(responsibility.append(")").toString());
        }
        if (filter.status() == MeasureStatus.NOT_REPORTED) {
            conditions.add("not exists (select 1 from ProgressReport pr where pr.measure = m)");
        } else if (filter.status() != null) {
            conditions.add("exists (select 1 from ProgressReport pr where pr.measure = m and pr.status = :status"
                    + " and not exists (" + ProgressReport.newerThan("pr") + "))");
            parameters.and("status", ImplementationStatus.valueOf(filter.status().name()));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return Measure.find("select m from Measure m join fetch m.goal g join fetch m.actionPlan ap" + where
                + " order by ap.periodStart desc, ap.id, g.number, m.position", parameters).list();
    }
}
