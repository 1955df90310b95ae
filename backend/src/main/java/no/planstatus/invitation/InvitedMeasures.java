package no.planstatus.invitation;

import java.util.List;
import no.planstatus.measure.Measure;
import no.planstatus.round.RoundAssignment;

/** The measures a link is for: its party's assignments in its round, in plan order. */
final class InvitedMeasures {

    private InvitedMeasures() {
    }

    static List<Measure> of(long roundId, long partyId) {
        return RoundAssignment.<RoundAssignment>list("from RoundAssignment a join fetch a.measure m"
                        + " where a.round.id = ?1 and a.party.id = ?2 order by m.goalNumber, m.position, m.id",
                        roundId, partyId)
                .stream().map(a -> a.measure).toList();
    }

    static boolean includes(long roundId, long partyId, long measureId) {
        return RoundAssignment.count("round.id = ?1 and party.id = ?2 and measure.id = ?3",
                roundId, partyId, measureId) > 0;
    }
}
