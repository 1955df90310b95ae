package no.planstatus.round;

import java.util.List;
import no.planstatus.party.PartyRef;
import no.planstatus.report.ImplementationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What the form for opening a round offers: the periods to choose from and, for the chosen "
        + "period, its action plan's measures with the defaults a new round would take.")
public record RoundProposal(
        @Schema(required = true, description = "Every reporting period, newest action plan first, in time order.")
        List<PeriodChoice> periods,
        @Schema(nullable = true, description = "The chosen period; null when none was asked for.")
        RoundPeriod period,
        @Schema(required = true, description = "The chosen period's measures in plan order; empty without one.")
        List<ProposedMeasure> measures) {

    @Schema(name = "RoundPeriodChoice")
    public record PeriodChoice(
            @Schema(required = true) RoundPeriod period,
            @Schema(required = true, description = "A period has at most one open round.") boolean hasOpenRound) {
    }

    @Schema(name = "RoundProposedMeasure")
    public record ProposedMeasure(
            @Schema(required = true) long measureId,
            @Schema(required = true, examples = "2021-22/1.3") String reference,
            @Schema(required = true) String text,
            @Schema(required = true) int goalNumber,
            @Schema(nullable = true) ImplementationStatus currentStatus,
            @Schema(required = true, description = "In the round by default: not completed or cancelled, and with "
                    + "someone responsible.") boolean selectedByDefault,
            @Schema(required = true, description = "Must report by default: the lead bodies (the partners when "
                    + "there is no lead).") List<PartyRef> defaultParties,
            @Schema(required = true, description = "Everyone responsible, leads first: whom an editor may add.")
            List<PartyRef> responsibleParties) {
    }
}
