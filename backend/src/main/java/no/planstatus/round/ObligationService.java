package no.planstatus.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.planstatus.report.ProgressReport;
import no.planstatus.report.ReportLink;
import no.planstatus.report.ReportState;
import no.planstatus.security.Actor;

/** «Mine tiltak»: what a reporter's party owes in the open rounds; four queries whatever the number of measures. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ObligationService {

    private static final Set<ReportState> OWN_ONLY = EnumSet.of(ReportState.DRAFT, ReportState.RETURNED);

    /** Empty for a caller without a party (editors and admins report on anything, and owe nothing). */
    public ObligationList of(Actor actor) {
        if (actor.partyId() == null) {
            return new ObligationList(List.of());
        }
        Long me = actor.type() == Actor.Type.ACCOUNT ? actor.id() : null;
        List<RoundAssignment> assignments = RoundAssignment.listOpenByParty(actor.partyId());
        if (assignments.isEmpty()) {
            return new ObligationList(List.of());
        }
        List<Long> measureIds = assignments.stream().map(a -> a.measure.id).distinct().toList();
        // Newest first: every report on the measures, for the period states and for the prefill.
        Map<Long, List<ProgressReport>> reports = ProgressReport.<ProgressReport>list(
                        "measure.id in ?1 order by reportDate desc, id desc", measureIds).stream()
                .collect(Collectors.groupingBy(r -> r.measure.id));
        Map<Long, List<Obligation.Link>> links = ReportLink.<ReportLink>list(
                        "report.measure.id in ?1 order by report.id, position", measureIds).stream()
                .collect(Collectors.groupingBy(l -> l.report.id,
                        Collectors.mapping(l -> new Obligation.Link(l.url, l.title), Collectors.toList())));
        return new ObligationList(assignments.stream().map(assignment -> {
            ReportingRound round = assignment.round;
            List<ProgressReport> own = reports.getOrDefault(assignment.measure.id, List.of());
            List<ProgressReport> ofPeriod = own.stream()
                    .filter(r -> r.reportingPeriod != null && r.reportingPeriod.id.equals(round.period.id))
                    .filter(r -> !OWN_ONLY.contains(r.state) || (me != null && me.equals(r.authorAccountId)))
                    .toList();
            Optional<ProgressReport> decisive = ofPeriod.stream().filter(r -> r.state == ReportState.APPROVED)
                    .findFirst()
                    .or(() -> ofPeriod.stream().filter(r -> r.state == ReportState.SUBMITTED).findFirst())
                    .or(() -> ofPeriod.stream().findFirst());
            Obligation.Status status = decisive.map(r -> Obligation.Status.of(r.state))
                    .orElse(Obligation.Status.MISSING);
            Optional<ProgressReport> prefill = own.stream().filter(r -> me != null && me.equals(r.authorAccountId))
                    .findFirst()
                    .or(() -> own.stream().filter(r -> r.id.equals(assignment.measure.currentReportId)).findFirst());
            return new Obligation(round.id, round.deadline, round.message, RoundPeriod.of(round.period),
                    assignment.measure.id, assignment.measure.reference, assignment.measure.text,
                    assignment.measure.goalNumber, status, status.label(), decisive.map(r -> r.id).orElse(null),
                    decisive.filter(r -> r.state == ReportState.RETURNED).map(r -> r.reviewComment).orElse(null),
                    prefill.map(r -> new Obligation.LastReport(r.id, r.state, r.reportDate, r.status, r.assessment,
                            r.percentComplete, r.text, links.getOrDefault(r.id, List.of()),
                            me != null && me.equals(r.authorAccountId))).orElse(null));
        }).toList());
    }
}
