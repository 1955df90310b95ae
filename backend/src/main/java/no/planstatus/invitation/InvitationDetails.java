package no.planstatus.invitation;

import java.time.LocalDate;
import java.util.List;
import no.planstatus.report.ReportView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the holder of a personal link sees: who they are, for what round, and the measures they report on. */
@Schema(name = "InvitationDetails")
public record InvitationDetails(
        @Schema(required = true, description = "The person the link was sent to.") String name,
        @Schema(required = true) String email,
        @Schema(required = true) Party party,
        @Schema(required = true) Round round,
        @Schema(required = true, description = "The party's measures in the round, in plan order.")
        List<InvitedMeasure> measures) {

    @Schema(name = "InvitationParty")
    public record Party(@Schema(required = true) long id, @Schema(required = true) String name) {
    }

    @Schema(name = "InvitationRound")
    public record Round(
            @Schema(required = true) long id,
            @Schema(required = true, description = "The round's period: every report through the link is for it.")
            long periodId,
            @Schema(required = true, examples = "2. tertial 2022") String periodLabel,
            @Schema(required = true) LocalDate periodStartsOn,
            @Schema(required = true) LocalDate periodEndsOn,
            @Schema(required = true) LocalDate deadline,
            @Schema(required = true, description = "The deadline in Norwegian.", examples = "1. oktober 2022")
            String deadlineText,
            @Schema(nullable = true, description = "The editor's message to the reporters.") String message,
            @Schema(required = true, description = "Who sent the link.") String invitedBy) {
    }

    @Schema(name = "InvitedMeasure")
    public record InvitedMeasure(
            @Schema(required = true) long id,
            @Schema(required = true, examples = "2021-22/1.1") String reference,
            @Schema(required = true) String text,
            @Schema(nullable = true, description = "The measure's current (approved) report, if any.")
            ReportView currentReport,
            @Schema(required = true, description = "What this link's holder has reported on it, newest first.")
            List<ReportView> reports) {
    }
}
