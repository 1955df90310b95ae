package no.planstatus.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Optional;

/** A multi-year strategic plan (strategisk plan): vision and goals for a period. */
@Entity
@Table(name = "strategic_plan")
public class StrategicPlan extends PanacheEntity {

    /** Optimistic-lock version; the resource\'s ETag. */
    @Version
    public long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Council council;

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

    /** ISO 8601 date or year-month ("2020-06"): the original often gives only the month. */
    @Column(name = "adopted_on")
    public String adoptedOn;

    @Column(name = "closing_statement")
    public String closingStatement;

    public static Optional<StrategicPlan> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public static List<StrategicPlan> listInOrder() {
        return find("select p from StrategicPlan p join fetch p.council order by p.periodStart desc, p.id").list();
    }

    public static Optional<StrategicPlan> findWithCouncil(long id) {
        return find("select p from StrategicPlan p join fetch p.council where p.id = ?1", id).firstResultOptional();
    }
}
