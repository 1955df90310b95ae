package no.planstatus.measure;

import java.util.Map;
import no.planstatus.period.ClosedPeriods;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.planstatus.common.InList;
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
        return views.rows(rows(filter, null));
    }

    /** One page of the measures matching the filter, with a fixed number of queries whatever its size. */
    public Page<MeasureSummary> page(MeasureFilter filter, PageRequest page) {
        List<MeasureRow> fetched = rows(filter, page);
        return Page.of(fetched, page, MeasureService::cursor).map(views::rows);
    }

    /** The measures under the given goals, in plan order. */
    public List<MeasureSummary> listByGoals(Collection<Long> goalIds) {
        if (goalIds.isEmpty()) {
            return List.of();
        }
        List<MeasureRow> rows = new ArrayList<>();
        for (List<Long> chunk : InList.chunks(goalIds)) {
            TypedQuery<MeasureRow> query = Measure.getEntityManager().createQuery(
                    MeasureRow.SELECT + " where g.id in " + InList.placeholders(chunk.size()) + ORDER,
                    MeasureRow.class);
            Object[] parameters = InList.parameters(chunk);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            rows.addAll(query.getResultList());
        }
        if (rows.size() > 1 && goalIds.size() > InList.MAX) {
            rows.sort(PLAN_ORDER); // each chunk is in plan order, the chunks together are not
        }
        return views.rows(rows);
    }

    private static final Comparator<MeasureRow> PLAN_ORDER = Comparator.comparingInt(MeasureRow::planSort)
            .thenComparingLong(MeasureRow::actionPlanId).thenComparingInt(MeasureRow::goalNumber)
            .thenComparingInt(MeasureRow::position).thenComparingLong(MeasureRow::id);

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

    /** The measure's sort key, in the order {@link #rows} sorts by. */
    private static String cursor(MeasureRow m) {
        return PageRequest.cursor(-m.planSort(), m.actionPlanId(), m.goalNumber(), m.position(), m.id());
    }

    public Optional<MeasureSummary> get(long id) {
        List<MeasureRow> found = Measure.getEntityManager()
                .createQuery(MeasureRow.SELECT + " where m.id = ?1", MeasureRow.class)
                .setParameter(1, id)
                .getResultList();
        return found.stream().findFirst().map(row -> views.rows(List.of(row)).get(0));
    }

    /** Measures matching the filter in plan order, with goal and action plan fetched. */
    public List<Measure> find(MeasureFilter filter) {
        Where where = where(filter, null);
        return Measure.<Measure>find(SELECT + where.clause() + ORDER, where.parameters()).list();
    }

    /** The rows of the measures matching the filter in plan order; of a page, one more than it holds. */
    private List<MeasureRow> rows(MeasureFilter filter, PageRequest page) {
        Where where = where(filter, page);
        TypedQuery<MeasureRow> query = Measure.getEntityManager()
                .createQuery(MeasureRow.SELECT + where.clause() + ORDER, MeasureRow.class);
        where.parameters().map().forEach(query::setParameter);
        if (page != null) {
            query.setMaxResults(page.limit() + 1);
        }
        return query.getResultList();
    }

    private record Where(String clause, Parameters parameters) {
    }

    private Where where(MeasureFilter filter, PageRequest page) {
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
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), parameters);
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
