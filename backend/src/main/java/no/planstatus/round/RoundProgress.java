package no.planstatus.round;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.planstatus.party.PartyRef;
import no.planstatus.report.ImplementationStatus;
import no.planstatus.report.ReportState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How complete a reporting round is: in total, per responsible body, per goal and per measure, "
        + "with the reminders sent for it.")
public record RoundProgress(
        @Schema(required = true) long roundId,
        @Schema(required = true) long version,
        @Schema(required = true) RoundPeriod period,
        @Schema(required = true) LocalDate deadline,
        @Schema(required = true) boolean open,
        @Schema(required = true, description = "Whether an SMTP server is configured; without one no reminders "
                + "are sent.") boolean mailConfigured,
        @Schema(required = true) RoundCounts totals,
        @Schema(required = true, description = "A measure with several parties counts for each of them; by name.")
        List<PartyProgress> byParty,
        @Schema(required = true, description = "By goal number.") List<GoalProgress> byGoal,
        @Schema(required = true, description = "In plan order.") List<MeasureProgress> measures,
        @Schema(required = true, description = "Every reminder and personal link sent (or not sent) for the round, "
                + "newest first.") List<Reminder> reminders) {

    @Schema(name = "RoundPartyProgress")
    public record PartyProgress(
            @Schema(required = true) PartyRef party,
            @Schema(required = true) RoundCounts counts,
            @Schema(nullable = true, description = "When someone of the party was last reminded (sent or not).")
            Instant lastRemindedAt) {
    }

    @Schema(name = "RoundGoalProgress")
    public record GoalProgress(
            @Schema(required = true) long goalId,
            @Schema(required = true) int number,
            @Schema(required = true) String text,
            @Schema(required = true) RoundCounts counts) {
    }

    @Schema(name = "RoundMeasureProgress")
    public record MeasureProgress(
            @Schema(required = true) long measureId,
            @Schema(required = true, examples = "2021-22/1.3") String reference,
            @Schema(required = true) String text,
            @Schema(required = true) long goalId,
            @Schema(required = true) int goalNumber,
            @Schema(nullable = true, description = "The measure's current (approved) implementation status.")
            ImplementationStatus currentStatus,
            @Schema(required = true) Completeness completeness,
            @Schema(required = true, examples = "Venter på godkjenning") String completenessLabel,
            @Schema(required = true, description = "Who must report on it.") List<PartyRef> parties,
            @Schema(nullable = true, description = "The newest report on the measure for the round's period, in "
                    + "any state.") PeriodReport latestReport) {
    }

    @Schema(name = "RoundPeriodReport")
    public record PeriodReport(
            @Schema(required = true) long id,
            @Schema(required = true) ReportState state,
            @Schema(required = true, examples = "Venter på godkjenning") String stateLabel,
            @Schema(required = true) LocalDate reportDate,
            @Schema(required = true) String author,
            @Schema(nullable = true) Instant submittedAt) {
    }

    @Schema(name = "RoundReminder")
    public record Reminder(
            @Schema(required = true) Instant sentAt,
            @Schema(required = true, examples = "BEFORE_DEADLINE") String kind,
            @Schema(required = true) String recipientName,
            @Schema(required = true) String recipientEmail,
            @Schema(nullable = true) Long partyId,
            @Schema(nullable = true) Long accountId,
            @Schema(required = true) int measureCount,
            @Schema(required = true, description = "SENT, FAILED or NOT_CONFIGURED.") String outcome,
            @Schema(nullable = true) String error) {
    }
}
