package no.planstatus.goal;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.List;

/** A key interest-policy matter (sentral interessepolitisk sak) listed under a goal. */
@Entity
@Table(name = "interest_policy_matter")
public class InterestPolicyMatter extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "goal_id")
    public Goal goal;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String text;

    public static List<InterestPolicyMatter> listByGoals(Collection<Long> goalIds) {
        if (goalIds.isEmpty()) {
            return List.of();
        }
        return list("goal.id in ?1 order by goal.id, position", goalIds);
    }
}
