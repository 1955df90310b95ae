package no.planstatus.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.ProblemType;
import no.planstatus.measure.Measure;
import no.planstatus.report.InvitedAuthor;
import no.planstatus.report.ReportEditor;
import no.planstatus.report.ReportInput;
import no.planstatus.report.ReportService;
import no.planstatus.report.ReportView;
import no.planstatus.round.ReportingRound;
import no.planstatus.security.Caller;
import no.planstatus.security.Secrets;

/**
 * What the holder of a personal link may do, with the link as their only credential: read what they are asked for
 * and report on their party's measures in the link's round. A wrong, revoked or expired secret gets the same 404
 * and counts towards the client address's throttle ({@link InvitationThrottle}).
 */
@ApplicationScoped
@Transactional
public class LinkHolderService {

    static final String NOT_VALID = "Lenken er ikke gyldig. Den kan være skrevet feil, trukket tilbake, eller "
            + "rapporteringsrunden kan være avsluttet. Spør den som sendte deg lenken om en ny.";

    private final Caller caller;
    private final InvitationThrottle throttle;
    private final ReportService reports;
    private final ReportEditor reportEditor;

    public LinkHolderService(Caller caller, InvitationThrottle throttle, ReportService reports,
            ReportEditor reportEditor) {
        this.caller = caller;
        this.throttle = throttle;
        this.reports = reports;
        this.reportEditor = reportEditor;
    }

    public InvitationDetails details(String secret) {
        ReportInvitation invitation = requireValid(secret);
        ReportingRound round = invitation.round;
        List<Measure> measures = InvitedMeasures.of(round.id, invitation.party.id);
        Map<Long, List<ReportView>> own = reports.listByInvitation(invitation.id).stream()
                .collect(Collectors.groupingBy(ReportView::measureId));
        List<InvitationDetails.InvitedMeasure> invited = measures.stream()
                .map(m -> new InvitationDetails.InvitedMeasure(m.id, m.reference, m.text,
                        m.currentReportId == null ? null : reports.get(m.id, m.currentReportId).orElse(null),
                        own.getOrDefault(m.id, List.of())))
                .toList();
        return new InvitationDetails(invitation.name, invitation.email,
                new InvitationDetails.Party(invitation.party.id, invitation.party.name),
                new InvitationDetails.Round(round.id, round.period.id, round.period.label, round.period.startsOn, round.period.endsOn,
                        round.deadline, InvitationMail.NORWEGIAN_DATE.format(round.deadline), round.message,
                        invitation.createdBy),
                invited);
    }

    /**
     * Writes the holder's report through the report editor, with the rules of every report. The body is validated
     * after the link and the measure are checked, so that someone without a valid link learns nothing from
     * validation messages.
     */
    public ReportView report(String secret, long measureId, ReportInput input) {
        ReportInvitation invitation = requireValid(secret);
        if (!InvitedMeasures.includes(invitation.round.id, invitation.party.id, measureId)) {
            throw new ApiProblem(ProblemType.FORBIDDEN, "Lenken gjelder ikke dette tiltaket. Du kan rapportere på "
                    + "tiltakene " + invitation.party.name + " skal rapportere på i denne runden.");
        }
        if (input == null) {
            throw ApiProblem.invalid("body", "mangler innhold");
        }
        // The editor checks every rule at once (fields, date, period), with the round's period in place of any sent.
        return reportEditor.submitThroughInvitation(measureId, input, new InvitedAuthor(invitation.id,
                invitation.name, invitation.email, invitation.round.period.id));
    }

    /**
     * The link's invitation, when the secret names one that is neither revoked nor of a closed round. From then on
     * the request acts as its holder, and the link's last use is noted (without moving its version, so that an
     * editor's revoke is never refused because the link was just used).
     */
    private ReportInvitation requireValid(String secret) {
        String address = caller.clientAddress();
        throttle.retryAfter(address).ifPresent(wait -> {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            throw new ApiProblem(ProblemType.TOO_MANY_REQUESTS, "For mange ugyldige lenker er prøvd herfra. Vent "
                    + seconds + (seconds == 1 ? " sekund" : " sekunder") + " og prøv igjen.")
                    .withHeader("Retry-After", String.valueOf(seconds));
        });
        ReportInvitation invitation = secret == null || secret.isBlank() ? null
                : ReportInvitation.<ReportInvitation>find("tokenHash", Secrets.sha256(secret.strip()))
                        .firstResultOptional()
                        .filter(i -> i.revokedAt == null && i.round.isOpen())
                        .orElse(null);
        if (invitation == null) {
            throttle.recordFailure(address);
            throw new ApiProblem(ProblemType.NOT_FOUND, NOT_VALID);
        }
        caller.actAsLinkHolder(invitation.id, invitation.name, invitation.party.id);
        ReportInvitation.update("lastUsedAt = ?1 where id = ?2", Instant.now(), invitation.id);
        return invitation;
    }
}
