package no.planstatus.plan;

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

/** An action plan (handlingsplan): the measures for a shorter period under a strategic plan. */
@Entity
@Table(name = "action_plan")
public class ActionPlan extends PanacheEntity {

    /** Optimistic-lock version; the resource\'s ETag. */
    @Version
    public long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "strategic_plan_id")
    public StrategicPlan strategicPlan;

    /** Stable short code, e.g. "2021-22"; measure references start with it. */
    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String title;

    @Column(name = "period_start", nullable = false)
    public int periodStart;

    @Column(name = "period_end", nullable = false)
    public int periodEnd;

    @Column(name = "adopted_by")
    public String adoptedBy;

    /** ISO 8601 date or year-month. */
    @Column(name = "adopted_on")
    public String adoptedOn;

    public String introduction;

    /** The sentence that introduces the measures under each goal in the original. */
    @Column(name = "measures_introduction")
    public String measuresIntroduction;

    public static Optional<ActionPlan> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public static List<ActionPlan> listInOrder() {
        return list("order by periodStart desc, id");
    }

    public static List<ActionPlan> listByStrategicPlan(long strategicPlanId) {
        return list("strategicPlan.id = ?1 order by periodStart desc, id", strategicPlanId);
    }
}
