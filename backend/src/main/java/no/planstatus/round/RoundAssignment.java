package no.planstatus.round;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.List;
import no.planstatus.measure.Measure;
import no.planstatus.party.Party;

/** That a party must report on a measure in a round (by default the measure's lead bodies). */
@Entity
@Table(name = "round_assignment")
public class RoundAssignment extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "round_id")
    public ReportingRound round;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "measure_id")
    public Measure measure;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "party_id")
    public Party party;

    /** Measures in plan order (goal, position), then parties by name; measure, goal and party loaded. */
    static final String PLAN_ORDER = "m.goalNumber, m.position, m.id, p.name, p.id";

    /** The round's assignments with their measures and parties, in plan order. */
    public static List<RoundAssignment> listByRound(long roundId) {
        return find("select a from RoundAssignment a join fetch a.measure m join fetch m.goal join fetch a.party p "
                + "where a.round.id = ?1 order by " + PLAN_ORDER, roundId).list();
    }

    /** The (round id, measure id) pairs of the given rounds, for counting them together. */
    public static List<Object[]> listMeasurePairs(Collection<Long> roundIds) {
        if (roundIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select distinct a.round.id, a.measure.id from RoundAssignment a "
                + "where a.round.id in ?1", Object[].class).setParameter(1, roundIds).getResultList();
    }

    /** What a party must report on in the open rounds, with round, period, measure and goal loaded. */
    public static List<RoundAssignment> listOpenByParty(long partyId) {
        return find("select a from RoundAssignment a join fetch a.round r join fetch r.period per "
                + "join fetch per.actionPlan join fetch a.measure m join fetch m.goal join fetch a.party p "
                + "where p.id = ?1 and r.closedAt is null order by r.deadline, r.id, " + PLAN_ORDER, partyId).list();
    }

    static long deleteByRound(long roundId) {
        return delete("round.id", roundId);
    }
}
