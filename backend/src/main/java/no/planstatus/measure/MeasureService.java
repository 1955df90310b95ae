package no.planstatus.measure;

import java.util.Map;
import no.planstatus.period.ClosedPeriods;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.planstatus.common.Page;
import no.planstatus.common.PageRequest;
import no.planstatus.report.ImplementationStatus;
import no.planstatus.report.MeasureStatus;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MeasureService {

    private static final String SELECT = "select m from Measure m join fetch m.goal g join fetch m.actionPlan ap";
    /** Plan order (newest action plan first, then goal number and position), read from one index. */
    private static final String ORDER = " order by m.planSort, m.actionPlanId, m.goalNumber, m.position, m.id";

    private final MeasureViews views;
    private final ClosedPeriods closedPeriods;

    public MeasureService(MeasureViews views, ClosedPeriods closedPeriods) {
        this.views = views;
        this.closedPeriods = closedPeriods;
    }

    public List<MeasureSummary> list(MeasureFilter filter) {
        return views.summaries(find(filter));
    }

    /** One page of the measures matching the filter, with a fixed number of queries whatever its size. */
    public Page<MeasureSummary> page(MeasureFilter filter, PageRequest page) {
        List<Measure> fetched = query(filter, page).range(0, page.limit()).list();
        return Page.of(fetched, page, MeasureService::cursor).map(views::summaries);
    }

    /** The measures under the given goals, in plan order. */
    public List<MeasureSummary> listByGoals(Collection<Long> goalIds) {
        if (goalIds.isEmpty()) {
            return List.of();
        }
        return views.summaries(Measure.<Measure>find(SELECT + " where g.id in ?1" + ORDER, goalIds).list());
    }

    /**
     * The condition MeasureViews.staleness computes, in the query: behind when the plan has a closed period, the
     * measure is not completed or cancelled, and its current report (if any) covers nothing from the closed
     * period's start on.
     */
    private String staleCondition(boolean stale, Parameters parameters) {
        Map<Long, ClosedPeriods.ClosedPeriod> closed = closedPeriods.latestByActionPlan(ClosedPeriods.today());
        if (closed.isEmpty()) {
            return stale ? "1 = 0" : "1 = 1";
        }
        // One condition per plan with a closed period (they are few), each with typed parameters: a CASE of
        // parameters would leave PostgreSQL without a type to compare the dates by.
        StringBuilder covers = new StringBuilder("(");
        int i = 0;
        for (Map.Entry<Long, ClosedPeriods.ClosedPeriod> entry : closed.entrySet()) {
            if (i > 0) {
                covers.append(" or ");
            }
            covers.append("(m.actionPlanId = :closedPlan").append(i)
                    .append(" and coalesce(cp.endsOn, cs.reportDate) >= :closedStart").append(i).append(")");
            parameters.and("closedPlan" + i, entry.getKey()).and("closedStart" + i, entry.getValue().startsOn());
            i++;
        }
        covers.append(")");
        String upToDate = "exists (select 1 from ProgressReport cs left join cs.reportingPeriod cp"
                + " where cs.id = m.currentReportId and (cs.status in (:doneStatuses) or " + covers + "))";
        parameters.and("doneStatuses", List.of(ImplementationStatus.COMPLETED, ImplementationStatus.CANCELLED));
        parameters.and("closedPlans", closed.keySet());
        String behind = "(m.actionPlanId in (:closedPlans) and not " + upToDate + ")";
        return stale ? behind : "not " + behind;
    }

    /** The measure's sort key, in the order {@link #query} sorts by. */
    private static String cursor(Measure m) {
        return PageRequest.cursor(-m.planSort, m.actionPlanId, m.goalNumber, m.position, m.id);
    }

    public Optional<MeasureSummary> get(long id) {
        return Measure.findDetailed(id).map(views::summary);
    }

    /** Measures matching the filter in plan order, with goal and action plan fetched. */
    public List<Measure> find(MeasureFilter filter) {
        return query(filter, null).list();
    }

    private PanacheQuery<Measure> query(MeasureFilter filter, PageRequest page) {
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
            conditions.add("m.currentReportId is null");
        } else if (filter.status() != null) {
            conditions.add("exists (select 1 from ProgressReport pr where pr.id = m.currentReportId and pr.status = :status)");
            parameters.and("status", ImplementationStatus.valueOf(filter.status().name()));
        }
        if (filter.assessment() != null) {
            conditions.add("exists (select 1 from ProgressReport pa where pa.id = m.currentReportId"
                    + " and pa.assessment = :assessment)");
            parameters.and("assessment", filter.assessment());
        }
        if (filter.changedSince() != null) {
            conditions.add("m.updatedAt >= :changedSince");
            parameters.and("changedSince", filter.changedSince());
        }
        if (filter.stale() != null) {
            conditions.add(staleCondition(filter.stale(), parameters));
        }
        if (filter.text() != null) {
            conditions.add("(lower(m.reference) like :text escape '!' or lower(m.text) like :text escape '!'"
                    + " or lower(m.responsibilityText) like :text escape '!')");
            parameters.and("text", containsPattern(filter.text()));
        }
        if (page != null && !page.isFirst()) {
            // A row comparison, so the database starts reading the index right after the cursor.
            conditions.add("(m.planSort, m.actionPlanId, m.goalNumber, m.position, m.id)"
                    + " > (:afterPlanSort, :afterPlan, :afterGoal, :afterPosition, :afterId)");
            parameters.and("afterPlanSort", -page.afterInt(0)).and("afterPlan", page.afterLong(1))
                    .and("afterGoal", page.afterInt(2)).and("afterPosition", page.afterInt(3))
                    .and("afterId", page.afterLong(4));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return Measure.find(SELECT + where + ORDER, parameters);
    }

    /** A LIKE pattern, escaped with «!», that matches any lower-cased value containing the text literally. */
    static String containsPattern(String text) {
        String escaped = text.toLowerCase(Locale.ROOT)
                .replace("!", "!!")
                .replace("%", "!%")
                .replace("_", "!_");
        return "%" + escaped + "%";
    }
}
