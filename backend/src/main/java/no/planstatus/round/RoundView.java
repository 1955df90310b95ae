package no.planstatus.round;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planstatus.common.Versioned;
import no.planstatus.party.Party;
import no.planstatus.party.PartyRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Round", description = "A reporting round: the period asked for, the deadline, and who must report "
        + "on which measure.")
public record RoundView(
        @Schema(required = true) long id,
        @Schema(required = true, description = "Optimistic-lock version; the ETag of the round.") long version,
        @Schema(required = true) RoundPeriod period,
        @Schema(required = true) LocalDate deadline,
        @Schema(nullable = true) String message,
        @Schema(required = true, description = "False once an editor has closed the round.") boolean open,
        @Schema(required = true) Instant openedAt,
        @Schema(required = true) String openedBy,
        @Schema(nullable = true) Instant closedAt,
        @Schema(nullable = true) String closedBy,
        @Schema(required = true, description = "In plan order.") List<Measure> measures) implements Versioned {

    @Schema(name = "RoundMeasure", description = "A measure of the round and the parties that must report on it.")
    public record Measure(
            @Schema(required = true) long measureId,
            @Schema(required = true, examples = "2021-22/1.3") String reference,
            @Schema(required = true) String text,
            @Schema(required = true) List<PartyRef> parties) {
    }

    static RoundView of(ReportingRound round, List<RoundAssignment> assignments) {
        List<Measure> measures = new ArrayList<>();
        byMeasure(assignments).forEach((measure, parties) -> measures.add(new Measure(measure.id, measure.reference,
                measure.text, parties.stream().map(PartyRef::of).toList())));
        return new RoundView(round.id, round.version, RoundPeriod.of(round.period), round.deadline, round.message,
                round.isOpen(), round.openedAt, round.openedBy, round.closedAt, round.closedBy, measures);
    }

    /** The assignments grouped by measure, in the order they came (plan order, see RoundAssignment). */
    static Map<no.planstatus.measure.Measure, List<Party>> byMeasure(List<RoundAssignment> assignments) {
        Map<no.planstatus.measure.Measure, List<Party>> grouped = new LinkedHashMap<>();
        for (RoundAssignment assignment : assignments) {
            grouped.computeIfAbsent(assignment.measure, m -> new ArrayList<>()).add(assignment.party);
        }
        return grouped;
    }
}
