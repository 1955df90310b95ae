package no.planstatus.goal;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Optional;
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

    public static List<Goal> listByStrategicPlan(long strategicPlanId) {
        return list("strategicPlan.id = ?1 order by number", strategicPlanId);
    }

    public static Optional<Goal> findByPlanAndNumber(long strategicPlanId, int number) {
        return find("strategicPlan.id = ?1 and number = ?2", strategicPlanId, number).firstResultOptional();
    }
}
