package no.planstatus.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.planstatus.account.Account;
import no.planstatus.invitation.ReportInvitation;
import no.planstatus.measure.Measure;
import no.planstatus.party.Party;
import no.planstatus.period.PeriodKind;
import no.planstatus.period.ReportingPeriod;
import no.planstatus.plan.ActionPlan;
import no.planstatus.report.Assessment;
import no.planstatus.report.ImplementationStatus;
import no.planstatus.report.ProgressReport;
import no.planstatus.report.ReportState;
import no.planstatus.round.ReportingRound;
import no.planstatus.round.RoundAssignment;
import no.planstatus.security.Role;

/**
 * Rounds, assignments, reports, reporters and personal links written straight through the foundation's entities,
 * so reminder tests do not depend on the round API (built separately).
 */
@ApplicationScoped
public class RoundFixture {

    /** An open round for a new period «2. tertial 2032 …» of the action plan. */
    @Transactional
    public long openRound(long actionPlanId, LocalDate deadline, String message) {
        ReportingPeriod period = new ReportingPeriod();
        period.actionPlan = ActionPlan.findById(actionPlanId);
        period.kind = PeriodKind.TERTIAL;
        period.label = "2. tertial 2032 " + UUID.randomUUID().toString().substring(0, 6);
        period.startsOn = LocalDate.of(2032, 5, 1);
        period.endsOn = LocalDate.of(2032, 8, 31);
        period.dueOn = deadline;
        period.persist();
        ReportingRound round = new ReportingRound();
        round.period = period;
        round.deadline = deadline;
        round.message = message;
        round.openedAt = Instant.now();
        round.openedBy = "tests";
        round.persist();
        return round.id;
    }

    @Transactional
    public void close(long roundId) {
        ReportingRound round = ReportingRound.findById(roundId);
        round.closedAt = Instant.now();
        round.closedBy = "tests";
    }

    @Transactional
    public String periodLabel(long roundId) {
        return ReportingRound.<ReportingRound>findById(roundId).period.label;
    }

    @Transactional
    public void assign(long roundId, long measureId, long partyId) {
        RoundAssignment assignment = new RoundAssignment();
        assignment.round = ReportingRound.findById(roundId);
        assignment.measure = Measure.findById(measureId);
        assignment.party = Party.findById(partyId);
        assignment.persist();
    }

    /** A report on the measure for the round's period, in the given state. */
    @Transactional
    public void report(long roundId, long measureId, ReportState state) {
        ProgressReport report = new ProgressReport();
        report.measure = Measure.findById(measureId);
        report.reportingPeriod = ReportingRound.<ReportingRound>findById(roundId).period;
        report.state = state;
        report.reportDate = LocalDate.of(2032, 8, 31);
        report.status = ImplementationStatus.IN_PROGRESS;
        report.assessment = Assessment.ON_TRACK;
        report.text = "Rapport i tilstand " + state;
        report.author = "tests";
        report.createdAt = Instant.now();
        report.persist();
    }

    /** An active reporter of the party with this address (null for none); returns the account's id. */
    @Transactional
    public long reporter(long partyId, String name, String email) {
        return account(partyId, name, email, Role.REPORTER, true);
    }

    @Transactional
    public long account(long partyId, String name, String email, Role role, boolean active) {
        Account account = new Account();
        account.username = "rem-" + UUID.randomUUID().toString().substring(0, 12);
        account.displayName = name;
        account.passwordHash = "not-a-hash";
        account.role = role;
        account.party = role == Role.REPORTER ? Party.findById(partyId) : null;
        account.active = active;
        account.email = email;
        account.createdAt = Instant.now();
        account.persist();
        return account.id;
    }

    @Transactional
    public void invite(long roundId, long partyId, String name, String email, boolean revoked) {
        ReportInvitation link = new ReportInvitation();
        link.round = ReportingRound.findById(roundId);
        link.party = Party.findById(partyId);
        link.tokenHash = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().substring(0, 8);
        link.name = name;
        link.email = email;
        link.createdAt = Instant.now();
        link.createdBy = "tests";
        link.revokedAt = revoked ? Instant.now() : null;
        link.persist();
    }

    public static String address(String who) {
        return who + "-" + UUID.randomUUID() + "@kommune.test";
    }
}
