package no.planstatus.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.planstatus.common.ApiProblem;
import no.planstatus.goal.Goal;
import no.planstatus.mail.MailSender;
import no.planstatus.measure.Measure;
import no.planstatus.party.Party;
import no.planstatus.party.PartyRef;
import no.planstatus.period.ReportingPeriod;
import no.planstatus.report.ImplementationStatus;
import no.planstatus.report.ProgressReport;
import no.planstatus.report.ReportState;

/** Reads reporting rounds and how complete they are; a handful of queries per answer, none per measure. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RoundService {

    private static final Set<ReportState> COUNTING = EnumSet.of(ReportState.SUBMITTED, ReportState.APPROVED);

    private final MailSender mail;

    public RoundService(MailSender mail) {
        this.mail = mail;
    }

    public RoundList list() {
        List<ReportingRound> rounds = ReportingRound.listOpenFirst();
        List<Long> roundIds = rounds.stream().map(r -> r.id).toList();
        Map<Long, List<Long>> measuresByRound = new HashMap<>();
        for (Object[] pair : RoundAssignment.listMeasurePairs(roundIds)) {
            measuresByRound.computeIfAbsent((Long) pair[0], id -> new ArrayList<>()).add((Long) pair[1]);
        }
        Map<Long, Map<Long, Set<ReportState>>> statesByPeriod = countingStatesByPeriod(
                rounds.stream().map(r -> r.period.id).distinct().toList());
        List<RoundSummary> items = rounds.stream().map(round -> {
            Map<Long, Set<ReportState>> states = statesByPeriod.getOrDefault(round.period.id, Map.of());
            RoundCounts counts = RoundCounts.of(measuresByRound.getOrDefault(round.id, List.of()).stream()
                    .map(measure -> Completeness.of(states.getOrDefault(measure, Set.of()))).toList());
            return new RoundSummary(round.id, round.version, RoundPeriod.of(round.period), round.deadline,
                    round.isOpen(), round.openedAt, round.closedAt, counts);
        }).toList();
        return new RoundList(items);
    }

    public Optional<RoundView> get(long id) {
        return ReportingRound.findDetailed(id).map(round -> RoundView.of(round, RoundAssignment.listByRound(id)));
    }

    public Optional<RoundProgress> progress(long id) {
        Optional<ReportingRound> found = ReportingRound.findDetailed(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ReportingRound round = found.get();
        Map<Measure, List<Party>> assigned = RoundView.byMeasure(RoundAssignment.listByRound(id));
        Map<Long, List<ProgressReport>> reports = ProgressReport.<ProgressReport>list(
                        "reportingPeriod.id = ?1 and measure.id in (select a.measure.id from RoundAssignment a "
                                + "where a.round.id = ?2) order by reportDate desc, id desc", round.period.id, id)
                .stream().collect(Collectors.groupingBy(r -> r.measure.id, LinkedHashMap::new, Collectors.toList()));
        Map<Long, ImplementationStatus> currentStatus = ProgressReport.listByIds(assigned.keySet().stream()
                        .map(m -> m.currentReportId).filter(Objects::nonNull).toList()).stream()
                .collect(Collectors.toMap(r -> r.id, r -> r.status));

        List<RoundProgress.MeasureProgress> measures = new ArrayList<>();
        Map<Party, List<Completeness>> byParty = new HashMap<>();
        Map<Goal, List<Completeness>> byGoal = new HashMap<>();
        assigned.forEach((measure, parties) -> {
            List<ProgressReport> own = reports.getOrDefault(measure.id, List.of());
            Completeness completeness = Completeness.of(own.stream().map(r -> r.state).collect(Collectors.toSet()));
            ProgressReport latest = own.isEmpty() ? null : own.get(0);
            measures.add(new RoundProgress.MeasureProgress(measure.id, measure.reference, measure.text,
                    measure.goal.id, measure.goal.number,
                    measure.currentReportId == null ? null : currentStatus.get(measure.currentReportId),
                    completeness, completeness.label(), parties.stream().map(PartyRef::of).toList(),
                    latest == null ? null : new RoundProgress.PeriodReport(latest.id, latest.state,
                            latest.state.label(), latest.reportDate, latest.author, latest.submittedAt)));
            parties.forEach(party -> byParty.computeIfAbsent(party, p -> new ArrayList<>()).add(completeness));
            byGoal.computeIfAbsent(measure.goal, g -> new ArrayList<>()).add(completeness);
        });

        List<RoundProgress.Reminder> reminders = reminders(id);
        Map<Long, Instant> lastReminded = new HashMap<>();
        for (RoundProgress.Reminder reminder : reminders) {
            if (reminder.partyId() != null) {
                lastReminded.merge(reminder.partyId(), reminder.sentAt(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        List<RoundProgress.PartyProgress> parties = byParty.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Party, List<Completeness>> e) -> e.getKey().name)
                        .thenComparing(e -> e.getKey().id))
                .map(e -> new RoundProgress.PartyProgress(PartyRef.of(e.getKey()), RoundCounts.of(e.getValue()),
                        lastReminded.get(e.getKey().id)))
                .toList();
        List<RoundProgress.GoalProgress> goals = byGoal.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Goal, List<Completeness>> e) -> e.getKey().number)
                        .thenComparing(e -> e.getKey().id))
                .map(e -> new RoundProgress.GoalProgress(e.getKey().id, e.getKey().number, e.getKey().text,
                        RoundCounts.of(e.getValue())))
                .toList();
        return Optional.of(new RoundProgress(round.id, round.version, RoundPeriod.of(round.period), round.deadline,
                round.isOpen(), mail.isConfigured(),
                RoundCounts.of(measures.stream().map(RoundProgress.MeasureProgress::completeness).toList()),
                parties, goals, measures, reminders));
    }

    /** The periods to choose from and, for the chosen one, its measures with a new round's defaults. */
    public RoundProposal proposal(Long periodId) {
        List<ReportingPeriod> periods = ReportingPeriod.list("select p from ReportingPeriod p join fetch p.actionPlan a "
                + "order by a.periodStart desc, a.id desc, p.endsOn, p.startsOn desc, p.id");
        Set<Long> withOpenRound = new HashSet<>(ReportingRound.getEntityManager().createQuery(
                "select distinct r.period.id from ReportingRound r where r.closedAt is null", Long.class)
                .getResultList());
        List<RoundProposal.PeriodChoice> choices = periods.stream()
                .map(p -> new RoundProposal.PeriodChoice(RoundPeriod.of(p), withOpenRound.contains(p.id))).toList();
        if (periodId == null) {
            return new RoundProposal(choices, null, List.of());
        }
        ReportingPeriod period = periods.stream().filter(p -> p.id.equals(periodId)).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("Rapporteringsperiode", periodId));
        List<RoundProposal.ProposedMeasure> measures = RoundDefaults.of(period.actionPlan.id).values().stream()
                .map(m -> new RoundProposal.ProposedMeasure(m.measure().id, m.measure().reference, m.measure().text,
                        m.measure().goalNumber, m.currentStatus(), m.selectedByDefault(),
                        m.defaultParties().stream().map(PartyRef::of).toList(),
                        m.responsibleParties().stream().map(PartyRef::of).toList()))
                .toList();
        return new RoundProposal(choices, RoundPeriod.of(period), measures);
    }

    /** For each period, each measure's states among its counting reports (submitted or approved). */
    private static Map<Long, Map<Long, Set<ReportState>>> countingStatesByPeriod(List<Long> periodIds) {
        Map<Long, Map<Long, Set<ReportState>>> states = new HashMap<>();
        if (periodIds.isEmpty()) {
            return states;
        }
        List<Object[]> rows = ProgressReport.getEntityManager().createQuery(
                        "select distinct r.reportingPeriod.id, r.measure.id, r.state from ProgressReport r "
                                + "where r.reportingPeriod.id in ?1 and r.state in ?2", Object[].class)
                .setParameter(1, periodIds).setParameter(2, COUNTING).getResultList();
        for (Object[] row : rows) {
            states.computeIfAbsent((Long) row[0], p -> new HashMap<>())
                    .computeIfAbsent((Long) row[1], m -> EnumSet.noneOf(ReportState.class)).add((ReportState) row[2]);
        }
        return states;
    }

    /**
     * The round's reminder log, newest first. Read by entity name rather than through the reminder package's class:
     * the reminders use rounds, so naming their class here would make the two packages a cycle.
     */
    private static List<RoundProgress.Reminder> reminders(long roundId) {
        return ReportingRound.getEntityManager().createQuery("select l.sentAt, l.kind, l.recipientName, "
                        + "l.recipientEmail, l.partyId, l.accountId, l.measureCount, l.outcome, l.error "
                        + "from ReminderLog l where l.roundId = ?1 order by l.sentAt desc, l.id desc", Object[].class)
                .setParameter(1, roundId).setMaxResults(500).getResultList().stream()
                .map(row -> new RoundProgress.Reminder((Instant) row[0], (String) row[1], (String) row[2],
                        (String) row[3], (Long) row[4], (Long) row[5], (Integer) row[6], (String) row[7],
                        (String) row[8]))
                .toList();
    }
}
