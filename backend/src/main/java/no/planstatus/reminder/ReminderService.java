package no.planstatus.reminder;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import no.planstatus.change.Change;
import no.planstatus.change.ChangeKind;
import no.planstatus.change.Changes;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.PlanstatusConfig;
import no.planstatus.common.ProblemType;
import no.planstatus.common.PublicUrl;
import no.planstatus.mail.MailSender;
import no.planstatus.round.ReportingRound;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

/**
 * Reminder e-mails: one digest per person who still owes reports in an open round ({@link OwedReports}), on the
 * configured days before and after its deadline ({@link #sendDue}, run daily by {@link ReminderSchedule}) or when an
 * editor asks ({@link #sendNow}).
 *
 * <p>At most one reminder per person per round per day, also with several instances on one database: each reminder
 * is claimed before it is sent by inserting its log row with the day ({@code reminder_on}), in a short transaction of
 * its own; the unique constraint on (round, address, day) lets only one insert through, and the loser leaves that
 * person out. A failed send gives the day back (clears {@code reminder_on}), so the person can be tried again. A row
 * lock held while sending would do the same, but would keep a transaction open for as long as the SMTP server takes.
 * Sending itself runs outside any transaction. When no SMTP server is configured nothing is sent and nothing logged:
 * the round page asks {@code GET /api/v1/mail/status} and says so.
 */
@ApplicationScoped
public class ReminderService {

    private static final Logger LOG = Logger.getLogger(ReminderService.class);
    private static final String[] MONTHS = {"januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
        "september", "oktober", "november", "desember"};

    private final OwedReports owedReports;
    private final MailSender mail;
    private final Changes changes;
    private final Template digest;
    private final PlanstatusConfig config;

    public ReminderService(OwedReports owedReports, MailSender mail, Changes changes,
            @Location("reminder/digest.txt") Template digest, PlanstatusConfig config) {
        this.owedReports = owedReports;
        this.mail = mail;
        this.changes = changes;
        this.digest = digest;
        this.config = config;
    }

    /** Whether reminders are really sent (an SMTP server is configured). */
    public boolean isConfigured() {
        return mail.isConfigured();
    }

    /** The round's send log, newest first; empty when the round does not exist. */
    public Optional<ReminderLogList> log(long roundId) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            if (ReportingRound.findById(roundId) == null) {
                return Optional.<ReminderLogList>empty();
            }
            List<ReminderLog> rows = ReminderLog.list("roundId = ?1 order by sentAt desc, id desc", roundId);
            return Optional.of(new ReminderLogList(rows.stream().map(ReminderLogEntry::of).toList()));
        });
    }

    /**
     * Reminds everyone who still owes in the round now, except those reminded for it today already. 404 for an
     * unknown round, 409 for a closed one.
     */
    public ReminderRun sendNow(long roundId, LocalDate today) {
        Batch batch = QuarkusTransaction.requiringNew().call(() -> {
            ReportingRound round = ReportingRound.<ReportingRound>findByIdOptional(roundId)
                    .orElseThrow(() -> ApiProblem.notFound("Runde", roundId));
            if (!round.isOpen()) {
                throw new ApiProblem(ProblemType.CONFLICT,
                        "Runden er avsluttet. Påminnelser sendes bare i en åpen runde.");
            }
            return batch(round, ReminderKind.MANUAL, today);
        });
        return deliver(batch);
    }

    /**
     * Sends the reminders due on {@code today} (a day in PLANSTATUS_REMINDERS_ZONE): for every open round whose
     * deadline is one of the configured days ahead or behind. The scheduler calls it once a day; calling it again the
     * same day sends nothing new to anyone already reminded.
     */
    @ActivateRequestContext
    public List<ReminderRun> sendDue(LocalDate today) {
        if (!mail.isConfigured()) {
            return List.of();
        }
        List<Batch> batches = QuarkusTransaction.requiringNew().call(() -> {
            List<Batch> due = new ArrayList<>();
            for (ReportingRound round : ReportingRound.<ReportingRound>list("closedAt is null order by id")) {
                dueKind(round.deadline, today).ifPresent(kind -> due.add(batch(round, kind, today)));
            }
            return due;
        });
        return batches.stream().map(this::deliver).toList();
    }

    /** Why reminders for a round with this deadline go out on {@code today}, if they do. */
    Optional<ReminderKind> dueKind(LocalDate deadline, LocalDate today) {
        long daysToDeadline = ChronoUnit.DAYS.between(today, deadline);
        if (daysToDeadline >= 0 && config.reminders().daysBefore().contains((int) daysToDeadline)) {
            return Optional.of(ReminderKind.BEFORE_DEADLINE);
        }
        if (daysToDeadline < 0 && config.reminders().daysAfter().contains((int) -daysToDeadline)) {
            return Optional.of(ReminderKind.AFTER_DEADLINE);
        }
        return Optional.empty();
    }

    /** The mails of one sending for one round, worked out in a transaction and sent after it. */
    private record Batch(long roundId, ReminderKind kind, LocalDate day, List<Mail> mails, Set<String> remindedToday) {
    }

    private record Mail(OwedReports.Debtor debtor, MailSender.Message message) {
    }

    private Batch batch(ReportingRound round, ReminderKind kind, LocalDate today) {
        PublicUrl publicUrl = config.publicUrl();
        String deadline = norwegian(round.deadline);
        boolean overdue = today.isAfter(round.deadline);
        String period = round.period.label;
        List<Mail> mails = new ArrayList<>();
        for (OwedReports.Debtor debtor : owedReports.in(round)) {
            List<Digest.Item> items = debtor.measures().stream().map(m -> new Digest.Item(m.reference(), m.text(),
                    publicUrl.link(debtor.hasAccount() ? "/tiltak/" + m.id() + "/ny-rapport" : "/tiltak/" + m.id())))
                    .toList();
            String text = digest.data("digest", new Digest(debtor.name(), period, deadline, overdue,
                    debtor.hasAccount(), items, blankToNull(round.message))).render();
            String subject = overdue
                    ? "Purring: rapport for " + period + " (fristen var " + deadline + ")"
                    : "Påminnelse: rapport for " + period + " innen " + deadline;
            mails.add(new Mail(debtor, new MailSender.Message(debtor.name(), debtor.email(), subject, text)));
        }
        Set<String> remindedToday = new HashSet<>();
        ReminderLog.<ReminderLog>list("roundId = ?1 and reminderOn = ?2", round.id, today)
                .forEach(log -> remindedToday.add(log.recipientEmail.toLowerCase(Locale.ROOT)));
        return new Batch(round.id, kind, today, mails, remindedToday);
    }

    private ReminderRun deliver(Batch batch) {
        if (!mail.isConfigured()) {
            return new ReminderRun(false, batch.mails().size(), 0, batch.mails().size(), 0);
        }
        int sent = 0;
        int notSent = 0;
        int alreadyReminded = 0;
        List<String> recipients = new ArrayList<>();
        for (Mail one : batch.mails()) {
            Optional<Long> claim = batch.remindedToday().contains(one.debtor().email().toLowerCase(Locale.ROOT))
                    ? Optional.empty() : claim(batch, one.debtor());
            if (claim.isEmpty()) {
                alreadyReminded++;
                continue;
            }
            MailSender.Result result = mail.send(one.message());
            record(claim.get(), result);
            recipients.add(one.debtor().email());
            if (result.outcome() == MailSender.Outcome.SENT) {
                sent++;
            } else {
                notSent++;
            }
        }
        if (!recipients.isEmpty()) {
            ReminderRunSnapshot snapshot = new ReminderRunSnapshot(batch.roundId(), batch.kind(), batch.day(), sent,
                    notSent, alreadyReminded, List.copyOf(recipients));
            QuarkusTransaction.requiringNew().run(() ->
                    changes.publish(Change.created(ChangeKind.REMINDERS_SENT, null, snapshot)));
        }
        return new ReminderRun(true, batch.mails().size(), sent, notSent, alreadyReminded);
    }

    /** The log row that claims today's reminder for this person, or empty when someone claimed it first. */
    private Optional<Long> claim(Batch batch, OwedReports.Debtor debtor) {
        try {
            return Optional.of(QuarkusTransaction.requiringNew().call(() -> {
                ReminderLog log = new ReminderLog();
                log.roundId = batch.roundId();
                log.kind = batch.kind().name();
                log.recipientName = debtor.name();
                log.recipientEmail = debtor.email();
                log.accountId = debtor.accountId();
                log.partyId = debtor.partyId();
                log.measureCount = debtor.measures().size();
                log.sentAt = Instant.now();
                log.outcome = "SENDING";
                log.reminderOn = batch.day();
                log.persist();
                ReminderLog.flush();
                return log.id;
            }));
        } catch (RuntimeException e) {
            if (causedByConstraint(e)) {
                LOG.debugf("%s was reminded for round %d today already (by another instance)", debtor.email(),
                        batch.roundId());
                return Optional.empty();
            }
            throw e;
        }
    }

    private static void record(long logId, MailSender.Result result) {
        QuarkusTransaction.requiringNew().run(() -> {
            ReminderLog log = ReminderLog.findById(logId);
            log.outcome = result.outcome().name();
            log.error = result.error();
            log.sentAt = Instant.now();
            if (result.outcome() != MailSender.Outcome.SENT) {
                log.reminderOn = null;
            }
        });
    }

    private static boolean causedByConstraint(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** «1. oktober 2022». */
    static String norwegian(LocalDate date) {
        return date.getDayOfMonth() + ". " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }
}
