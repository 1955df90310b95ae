package no.planstatus.goal;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.planstatus.common.PageRequest;
import no.planstatus.plan.PlanSection;
import no.planstatus.plan.StrategicPlan;

/** A goal (mål) of a strategic plan, numbered in the order the plan lists them. */
@Entity
@Table(name = "goal")
public class Goal extends PanacheEntity {

    /** Optimistic-lock version; the resource\'s ETag. */
    @Version
    public long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "strategic_plan_id")
    public StrategicPlan strategicPlan;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "section_id")
    public PlanSection section;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public String text;

    /** Heading of the interest-policy matters listed under this goal, when it has any. */
    @Column(name = "interest_policy_heading")
    public String interestPolicyHeading;

    public static Optional<Goal> findDetailed(long id) {
        return find("select g from Goal g join fetch g.section join fetch g.strategicPlan where g.id = ?1", id)
                .firstResultOptional();
    }

    public static List<Goal> listDetailed(Long strategicPlanId) {
        if (strategicPlanId == null) {
            return find("select g from Goal g join fetch g.section join fetch g.strategicPlan sp "
                    + "order by sp.periodStart desc, sp.id, g.number").list();
        }
        return find("select g from Goal g join fetch g.section join fetch g.strategicPlan sp "
                + "where sp.id = ?1 order by g.number", strategicPlanId).list();
    }

    /** A page of goals in plan order (newest strategic plan first), one row more when there is a next page. */
    public static List<Goal> pageDetailed(Long strategicPlanId, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (strategicPlanId != null) {
            conditions.add("sp.id = :strategicPlan");
            parameters.and("strategicPlan", strategicPlanId);
        }
        if (!page.isFirst()) {
            conditions.add("(sp.periodStart < :afterPeriod or (sp.periodStart = :afterPeriod and (sp.id > :afterPlan"
                    + " or (sp.id = :afterPlan and (g.number > :afterNumber"
                    + " or (g.number = :afterNumber and g.id > :afterId))))))");
            parameters.and("afterPeriod", page.afterInt(0)).and("afterPlan", page.afterLong(1))
                    .and("afterNumber", page.afterInt(2)).and("afterId", page.afterLong(3));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return find("select g from Goal g join fetch g.section join fetch g.strategicPlan sp" + where
                + " order by sp.periodStart desc, sp.id, g.number, g.id", parameters).range(0, page.limit()).list();
    }

    public static List<Goal> listByStrategicPlan(long strategicPlanId) {
        return list("strategicPlan.id = ?1 order by number", strategicPlanId);
    }

    public static Optional<Goal> findByPlanAndNumber(long strategicPlanId, int number) {
        return find("strategicPlan.id = ?1 and number = ?2", strategicPlanId, number).firstResultOptional();
    }
}
