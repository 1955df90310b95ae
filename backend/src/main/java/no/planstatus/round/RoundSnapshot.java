package no.planstatus.round;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.planstatus.change.Snapshot;

/** What the audit trail keeps of a reporting round: its fields and who must report on which measure. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RoundSnapshot(long id, long version, long periodId, String periodLabel, LocalDate deadline,
        String message, Instant openedAt, String openedBy, Instant closedAt, String closedBy,
        List<Assignment> assignments) implements Snapshot {

    /** One measure and the parties that must report on it, by id. */
    public record Assignment(long measureId, List<Long> partyIds) {
    }

    static RoundSnapshot of(ReportingRound round, List<RoundAssignment> assignments) {
        List<Assignment> byMeasure = RoundView.byMeasure(assignments).entrySet().stream()
                .map(entry -> new Assignment(entry.getKey().id,
                        entry.getValue().stream().map(party -> party.id).toList()))
                .toList();
        return new RoundSnapshot(round.id, round.version, round.period.id, round.period.label, round.deadline,
                round.message, round.openedAt, round.openedBy, round.closedAt, round.closedBy, byMeasure);
    }
}
