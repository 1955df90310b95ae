package no.planstatus.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.planstatus.change.Change;
import no.planstatus.change.ChangeKind;
import no.planstatus.change.Changes;
import no.planstatus.change.SnapshotShape;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.Problem;
import no.planstatus.common.ProblemType;
import no.planstatus.common.Versions;
import no.planstatus.measure.Measure;
import no.planstatus.party.Party;
import no.planstatus.period.ReportingPeriod;
import no.planstatus.security.Caller;

/**
 * Opens, changes and closes reporting rounds. A period has at most one open round; a closed round takes no changes.
 * Every change is published with the round's snapshot, assignments included.
 */
@ApplicationScoped
@Transactional
public class RoundEditor {

    static final DateTimeFormatter NORWEGIAN_DATE =
            DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("nb-NO"));

    private final Caller caller;
    private final Changes changes;
    private final RoundService rounds;

    public RoundEditor(Caller caller, Changes changes, RoundService rounds) {
        this.caller = caller;
        this.changes = changes;
        this.rounds = rounds;
    }

    @Produces
    static SnapshotShape snapshotShape() {
        return SnapshotShape.of(ChangeKind.Resource.ROUND, RoundSnapshot.class);
    }

    public RoundView open(RoundInput.Open input) {
        // Locked, so that two editors opening a round for the same period at once cannot both succeed.
        ReportingPeriod period = ReportingPeriod.<ReportingPeriod>findByIdOptional(input.periodId(),
                LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> ApiProblem.invalid("periodId", "finnes ikke"));
        if (period.locked) {
            throw new ApiProblem(ProblemType.CONFLICT, "Perioden «" + period.label
                    + "» er låst, så det kan ikke åpnes en rapporteringsrunde for den.");
        }
        ReportingRound.<ReportingRound>find("period.id = ?1 and closedAt is null", period.id).firstResultOptional()
                .ifPresent(open -> {
                    throw new ApiProblem(ProblemType.CONFLICT, "Det er allerede en åpen rapporteringsrunde for «"
                            + period.label + "» (frist " + NORWEGIAN_DATE.format(open.deadline)
                            + "). Lukk den før du åpner en ny.");
                });
        requireDeadlineAfterStart(period, input.deadline());

        Map<Long, RoundDefaults.PlanMeasure> plan = RoundDefaults.of(period.actionPlan.id);
        List<Problem.Violation> violations = new ArrayList<>();
        Map<Long, Set<Party>> assignments = new LinkedHashMap<>();
        if (input.measureIds() == null) {
            plan.values().stream().filter(RoundDefaults.PlanMeasure::selectedByDefault).forEach(m ->
                    assignments.put(m.measure().id, new LinkedHashSet<>(m.defaultParties())));
        } else {
            for (int i = 0; i < input.measureIds().size(); i++) {
                RoundDefaults.PlanMeasure measure = plan.get(input.measureIds().get(i));
                if (measure == null) {
                    violations.add(new Problem.Violation("measureIds[" + i + "]",
                            "er ikke et tiltak i handlingsplanen " + period.actionPlan.code));
                } else {
                    assignments.put(measure.measure().id, new LinkedHashSet<>(measure.defaultParties()));
                }
            }
        }
        List<RoundInput.Assignment> extras = input.extraAssignments() == null ? List.of() : input.extraAssignments();
        Map<Long, Party> parties = parties(extras.stream().map(RoundInput.Assignment::partyId).toList());
        for (int i = 0; i < extras.size(); i++) {
            RoundInput.Assignment extra = extras.get(i);
            Set<Party> measureParties = assignments.get(extra.measureId());
            Party party = parties.get(extra.partyId());
            if (measureParties == null) {
                violations.add(new Problem.Violation("extraAssignments[" + i + "].measureId",
                        "er ikke et av rundens tiltak"));
            } else if (party == null) {
                violations.add(new Problem.Violation("extraAssignments[" + i + "].partyId", "finnes ikke"));
            } else {
                measureParties.add(party);
            }
        }
        if (input.measureIds() != null) {
            for (int i = 0; i < input.measureIds().size(); i++) {
                Set<Party> measureParties = assignments.get(input.measureIds().get(i));
                if (measureParties != null && measureParties.isEmpty()) {
                    violations.add(new Problem.Violation("measureIds[" + i + "]",
                            "har ingen ansvarlig; legg til hvem som skal rapportere i extraAssignments"));
                }
            }
        }
        if (violations.isEmpty() && assignments.isEmpty()) {
            violations.add(new Problem.Violation("measureIds",
                    "handlingsplanen har ingen tiltak som ikke er fullført eller avbrutt; velg tiltak selv"));
        }
        if (!violations.isEmpty()) {
            throw new ApiProblem(ProblemType.BAD_REQUEST, "Forespørselen er ugyldig.", violations);
        }

        ReportingRound round = new ReportingRound();
        round.period = period;
        round.deadline = input.deadline();
        round.message = blankToNull(input.message());
        round.openedAt = Instant.now();
        round.openedBy = caller.require().name();
        round.persist();
        assignments.forEach((measureId, measureParties) -> measureParties.forEach(party ->
                assign(round, plan.get(measureId).measure(), party)));
        ReportingRound.flush();
        RoundView view = view(round.id);
        changes.publish(Change.created(ChangeKind.ROUND_OPENED, null, snapshot(round)));
        return view;
    }

    /** Changes the deadline and the message. */
    public RoundView update(long id, String ifMatch, RoundInput.Update input) {
        ReportingRound round = findOpen(id, ifMatch);
        requireDeadlineAfterStart(round.period, input.deadline());
        RoundSnapshot before = snapshot(round);
        round.deadline = input.deadline();
        round.message = blankToNull(input.message());
        ReportingRound.flush();
        return published(round, before, ChangeKind.ROUND_UPDATED);
    }

    /** Replaces who must report on which measure; only measures of the period's action plan. */
    public RoundView replaceAssignments(long id, String ifMatch, RoundInput.Assignments input) {
        ReportingRound round = findOpen(id, ifMatch);
        RoundSnapshot before = snapshot(round);
        Map<Long, Measure> measures = Measure.<Measure>list("actionPlan.id = ?1", round.period.actionPlan.id).stream()
                .collect(Collectors.toMap(m -> m.id, Function.identity()));
        Map<Long, Party> parties = parties(input.measures().stream()
                .flatMap(m -> m.partyIds().stream()).toList());
        List<Problem.Violation> violations = new ArrayList<>();
        Set<List<Long>> wanted = new LinkedHashSet<>();
        for (int i = 0; i < input.measures().size(); i++) {
            RoundInput.MeasureParties entry = input.measures().get(i);
            if (!measures.containsKey(entry.measureId())) {
                violations.add(new Problem.Violation("measures[" + i + "].measureId",
                        "er ikke et tiltak i handlingsplanen " + round.period.actionPlan.code));
                continue;
            }
            for (int j = 0; j < entry.partyIds().size(); j++) {
                if (!parties.containsKey(entry.partyIds().get(j))) {
                    violations.add(new Problem.Violation("measures[" + i + "].partyIds[" + j + "]", "finnes ikke"));
                } else {
                    wanted.add(List.of(entry.measureId(), entry.partyIds().get(j)));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new ApiProblem(ProblemType.BAD_REQUEST, "Forespørselen er ugyldig.", violations);
        }
        Map<List<Long>, RoundAssignment> existing = new HashMap<>();
        for (RoundAssignment assignment : RoundAssignment.listByRound(id)) {
            existing.put(List.of(assignment.measure.id, assignment.party.id), assignment);
        }
        existing.forEach((key, assignment) -> {
            if (!wanted.contains(key)) {
                assignment.delete();
            }
        });
        wanted.stream().filter(key -> !existing.containsKey(key))
                .forEach(key -> assign(round, measures.get(key.get(0)), parties.get(key.get(1))));
        // The assignments are part of the round: its version moves with them, so If-Match protects them too.
        ReportingRound.getEntityManager().lock(round, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        ReportingRound.flush();
        return published(round, before, ChangeKind.ROUND_UPDATED);
    }

    public RoundView close(long id, String ifMatch) {
        ReportingRound round = findOpen(id, ifMatch);
        RoundSnapshot before = snapshot(round);
        round.closedAt = Instant.now();
        round.closedBy = caller.require().name();
        ReportingRound.flush();
        return published(round, before, ChangeKind.ROUND_CLOSED);
    }

    private RoundView published(ReportingRound round, RoundSnapshot before, ChangeKind kind) {
        RoundView view = view(round.id);
        changes.publish(Change.updated(kind, null, before, snapshot(round)));
        return view;
    }

    private RoundView view(long id) {
        return rounds.get(id).orElseThrow();
    }

    private static RoundSnapshot snapshot(ReportingRound round) {
        return RoundSnapshot.of(round, RoundAssignment.listByRound(round.id));
    }

    private static ReportingRound findOpen(long id, String ifMatch) {
        ReportingRound round = ReportingRound.findDetailed(id)
                .orElseThrow(() -> ApiProblem.notFound("Rapporteringsrunde", id));
        Versions.requireMatch(ifMatch, round.version);
        if (!round.isOpen()) {
            throw new ApiProblem(ProblemType.CONFLICT, "Runden for «" + round.period.label + "» er lukket ("
                    + NORWEGIAN_DATE.format(round.closedAt.atZone(ZoneId.of("Europe/Oslo")))
                    + ") og kan ikke endres.");
        }
        return round;
    }

    private static void assign(ReportingRound round, Measure measure, Party party) {
        RoundAssignment assignment = new RoundAssignment();
        assignment.round = round;
        assignment.measure = measure;
        assignment.party = party;
        assignment.persist();
    }

    private static Map<Long, Party> parties(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Party.<Party>list("id in ?1", Set.copyOf(ids)).stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
    }

    private static void requireDeadlineAfterStart(ReportingPeriod period, LocalDate deadline) {
        if (deadline.isBefore(period.startsOn)) {
            throw ApiProblem.invalid("deadline", "kan ikke være før periodens start, "
                    + NORWEGIAN_DATE.format(period.startsOn));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
