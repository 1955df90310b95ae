package no.planstatus.round;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How complete a round is, for all its measures or a part of them. A measure is «rapportert» "
        + "when it has a submitted or approved report for the round's period; «venter på godkjenning» when its best "
        + "report is submitted (a part of the reported ones); «mangler» otherwise.")
public record RoundCounts(
        @Schema(required = true, description = "Measures in the round (or in this part of it).") int total,
        @Schema(required = true, description = "Measures with a submitted or approved report.") int reported,
        @Schema(required = true, description = "Reported measures whose best report is still submitted.")
        int awaitingApproval,
        @Schema(required = true, description = "total − reported.") int missing,
        @Schema(required = true, examples = "14 av 22 tiltak rapportert, 5 venter på godkjenning, 3 mangler")
        String summary) {

    static RoundCounts of(int total, int reported, int awaitingApproval) {
        int missing = total - reported;
        return new RoundCounts(total, reported, awaitingApproval, missing, reported + " av " + total
                + " tiltak rapportert, " + awaitingApproval + " venter på godkjenning, " + missing + " mangler");
    }

    /** Counts the completeness of the given measures. */
    static RoundCounts of(Iterable<Completeness> measures) {
        int total = 0;
        int reported = 0;
        int awaiting = 0;
        for (Completeness completeness : measures) {
            total++;
            if (completeness != Completeness.MISSING) {
                reported++;
            }
            if (completeness == Completeness.AWAITING_APPROVAL) {
                awaiting++;
            }
        }
        return of(total, reported, awaiting);
    }
}
