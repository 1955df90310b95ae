package no.planstatus.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.planstatus.change.Change;
import no.planstatus.change.ChangeKind;
import no.planstatus.change.Changes;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.PlanstatusConfig;
import no.planstatus.common.ProblemType;
import no.planstatus.mail.MailSender;
import no.planstatus.measure.Measure;
import no.planstatus.party.Party;
import no.planstatus.reminder.ReminderLog;
import no.planstatus.round.ReportingRound;
import no.planstatus.security.Caller;
import no.planstatus.security.Secrets;

/**
 * Creates and revokes personal report links. The secret is random (192 bits) and only its SHA-256 is stored; the
 * e-mail is sent by the resource after the invitation has been committed, because sending waits for the SMTP server.
 */
@ApplicationScoped
@Transactional
public class InvitationEditor {

    /** Bytes of randomness in a link's secret: 32 base64url characters. */
    static final int SECRET_BYTES = 24;

    /** The web app's route for a link: {@code /rapporter/{secret}}. */
    static final String LINK_PATH = "/rapporter/";

    /** A new invitation, its secret (never stored) and the e-mail that carries it. */
    record Created(InvitationView invitation, String link, MailSender.Message mail, int measureCount) {
    }

    private final Caller caller;
    private final Changes changes;
    private final PlanstatusConfig config;

    public InvitationEditor(Caller caller, Changes changes, PlanstatusConfig config) {
        this.caller = caller;
        this.changes = changes;
        this.config = config;
    }

    public Created create(long roundId, InvitationInput input) {
        ReportingRound round = ReportingRound.<ReportingRound>findByIdOptional(roundId)
                .orElseThrow(() -> ApiProblem.notFound("Rapporteringsrunde", roundId));
        if (!round.isOpen()) {
            throw new ApiProblem(ProblemType.CONFLICT,
                    "Runden er avsluttet. Personlige lenker kan bare sendes for en åpen runde.");
        }
        Party party = Party.<Party>findByIdOptional(input.partyId())
                .orElseThrow(() -> ApiProblem.invalid("partyId", "finnes ikke"));
        List<Measure> measures = InvitedMeasures.of(round.id, party.id);
        if (measures.isEmpty()) {
            throw ApiProblem.invalid("partyId", "har ingen tiltak å rapportere på i denne runden");
        }
        String secret = Secrets.random(SECRET_BYTES);
        ReportInvitation invitation = new ReportInvitation();
        invitation.round = round;
        invitation.party = party;
        invitation.tokenHash = Secrets.sha256(secret);
        invitation.name = input.name().strip();
        invitation.email = input.email().strip();
        invitation.createdAt = Instant.now();
        invitation.createdBy = caller.require().name();
        invitation.persistAndFlush();
        InvitationView view = InvitationView.of(invitation);
        changes.publish(Change.created(ChangeKind.INVITATION_SENT, null, view));
        String link = config.publicUrl().link(LINK_PATH + secret);
        MailSender.Message mail = InvitationMail.compose(invitation.name, invitation.email, invitation.createdBy,
                party.name, round.period.label, round.deadline, round.message, measures, link);
        return new Created(view, link, mail, measures.size());
    }

    /** Notes in the round's send log what became of the invitation's e-mail. */
    public void logMail(Created created, MailSender.Result result) {
        InvitationView invitation = created.invitation();
        ReminderLog log = new ReminderLog();
        log.roundId = invitation.roundId();
        log.kind = "INVITATION";
        log.recipientName = invitation.name();
        log.recipientEmail = invitation.email();
        log.partyId = invitation.partyId();
        log.measureCount = created.measureCount();
        log.sentAt = Instant.now();
        log.outcome = result.outcome().name();
        log.error = result.error();
        log.persist();
    }

    /** Revokes the link; revoking a revoked link changes nothing. */
    public Optional<InvitationView> revoke(long id) {
        Optional<ReportInvitation> found = ReportInvitation.findByIdOptional(id);
        found.filter(invitation -> invitation.revokedAt == null).ifPresent(invitation -> {
            InvitationView before = InvitationView.of(invitation);
            invitation.revokedAt = Instant.now();
            ReportInvitation.flush();
            changes.publish(Change.updated(ChangeKind.INVITATION_REVOKED, null, before,
                    InvitationView.of(invitation)));
        });
        return found.map(InvitationView::of);
    }

    /** The round's invitations newest first, or empty when the round does not exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<List<InvitationView>> list(long roundId) {
        if (ReportingRound.findByIdOptional(roundId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ReportInvitation.<ReportInvitation>list(
                        "from ReportInvitation i join fetch i.party where i.round.id = ?1 order by i.createdAt desc,"
                                + " i.id desc", roundId)
                .stream().map(InvitationView::of).toList());
    }
}
