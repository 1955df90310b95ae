package no.planstatus.period;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.planstatus.plan.ActionPlan;

/**
 * A period reports are written for, per action plan: «1. tertial 2021» (January–April), «2. tertial 2021»
 * (May–August), «Årsrapport 2021» (the year). A locked period takes no new reports or corrections.
 */
@Entity
@Table(name = "reporting_period")
public class ReportingPeriod extends PanacheEntity {

    /** Optimistic-lock version; the resource's ETag. */
    @Version
    public long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "action_plan_id")
    public ActionPlan actionPlan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PeriodKind kind;

    /** As people say it, e.g. «2. tertial 2022»; unique within the action plan. */
    @Column(nullable = false)
    public String label;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    /** When reports for the period are due, e.g. 1 October for the 2nd tertial; optional. */
    @Column(name = "due_on")
    public LocalDate dueOn;

    @Column(nullable = false)
    public boolean locked;

    /** The action plan's periods in time order: by end date, the tertial before the year that ends the same day. */
    public static List<ReportingPeriod> listByActionPlan(long actionPlanId) {
        return list("actionPlan.id = ?1 order by endsOn, startsOn desc, id", actionPlanId);
    }

    public static Optional<ReportingPeriod> findByLabel(long actionPlanId, String label) {
        return find("actionPlan.id = ?1 and label = ?2", actionPlanId, label).firstResultOptional();
    }
}
