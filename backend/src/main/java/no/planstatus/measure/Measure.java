package no.planstatus.measure;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import no.planstatus.goal.Goal;
import no.planstatus.plan.ActionPlan;

/** A measure (tiltak) of an action plan that carries out a goal. */
@Entity
@Table(name = "measure")
public class Measure extends PanacheEntity {

    /** Optimistic-lock version; the resource\'s ETag. */
    @Version
    public long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "action_plan_id")
    public ActionPlan actionPlan;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "goal_id")
    public Goal goal;

    /** Stable human reference, e.g. "2021-22/1.3": action plan code, goal number, position under the goal. */
    @Column(nullable = false, unique = true)
    public String reference;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String text;

    /** The «Ansvar:» line of the original, verbatim. */
    @Column(name = "responsibility_text", nullable = false)
    public String responsibilityText;

    /** When the measure, its responsibilities or its reports last changed; kept by the audit log. */
    @Column(name = "updated_at", insertable = false, updatable = false)
    public Instant updatedAt;

    /** The action plan's start year, negated: newer plans sort first. Kept by {@link MeasureDerivedColumns}. */
    @Column(name = "plan_sort", insertable = false, updatable = false)
    public int planSort;

    /** The action plan's id as a plain column, so that sorting and paging read the measure's own index. */
    @Column(name = "action_plan_id", insertable = false, updatable = false)
    public long actionPlanId;

    /** The goal's number. Kept by {@link MeasureDerivedColumns}. */
    @Column(name = "goal_number", insertable = false, updatable = false)
    public int goalNumber;

    /** The latest progress report, if any. Kept by {@link MeasureDerivedColumns}. */
    @Column(name = "current_report_id", insertable = false, updatable = false)
    public Long currentReportId;

    public static Optional<Measure> findByReference(String reference) {
        return find("reference", reference).firstResultOptional();
    }

    public static Optional<Measure> findDetailed(long id) {
        return find("select m from Measure m join fetch m.goal join fetch m.actionPlan where m.id = ?1", id)
                .firstResultOptional();
    }
}
