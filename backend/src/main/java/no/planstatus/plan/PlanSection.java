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

/** A heading of the strategic plan under which goals are grouped, e.g. «Arbeidsmåter og øvrig samarbeid:». */
@Entity
@Table(name = "plan_section")
public class PlanSection extends PanacheEntity {

    /** Optimistic-lock version; the resource\'s ETag. */
    @Version
    public long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "strategic_plan_id")
    public StrategicPlan strategicPlan;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String title;

    public static List<PlanSection> listByStrategicPlan(long strategicPlanId) {
        return list("strategicPlan.id = ?1 order by position", strategicPlanId);
    }
}
