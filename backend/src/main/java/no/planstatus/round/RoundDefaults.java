package no.planstatus.round;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.planstatus.measure.Measure;
import no.planstatus.party.Party;
import no.planstatus.report.ImplementationStatus;
import no.planstatus.report.ProgressReport;
import no.planstatus.responsibility.Responsibility;
import no.planstatus.responsibility.ResponsibilityRole;

/**
 * What a new round takes when the editor does not say: every measure of the action plan that is neither completed
 * nor cancelled, and for each its lead bodies (its partners when it has no lead). Three queries for a whole plan.
 */
final class RoundDefaults {

    private static final Set<ImplementationStatus> DONE =
            EnumSet.of(ImplementationStatus.COMPLETED, ImplementationStatus.CANCELLED);

    /** One measure of the plan with its current status and who is responsible, leads first. */
    record PlanMeasure(Measure measure, ImplementationStatus currentStatus, List<Party> leads, List<Party> partners) {

        List<Party> defaultParties() {
            return leads.isEmpty() ? partners : leads;
        }

        List<Party> responsibleParties() {
            List<Party> all = new ArrayList<>(leads);
            all.addAll(partners);
            return all;
        }

        boolean selectedByDefault() {
            return (currentStatus == null || !DONE.contains(currentStatus)) && !defaultParties().isEmpty();
        }
    }

    private RoundDefaults() {
    }

    /** The action plan's measures in plan order, by id. */
    static Map<Long, PlanMeasure> of(long actionPlanId) {
        List<Measure> measures = Measure.list("actionPlan.id = ?1 order by goalNumber, position, id", actionPlanId);
        List<Long> ids = measures.stream().map(m -> m.id).toList();
        Map<Long, ImplementationStatus> statusByReport = ProgressReport.listByIds(measures.stream()
                        .map(m -> m.currentReportId).filter(Objects::nonNull).toList()).stream()
                .collect(Collectors.toMap(r -> r.id, r -> r.status));
        Map<Long, List<Responsibility>> responsibilities = Responsibility.listByMeasures(ids).stream()
                .collect(Collectors.groupingBy(r -> r.measure.id));
        Map<Long, PlanMeasure> plan = new LinkedHashMap<>();
        for (Measure measure : measures) {
            List<Responsibility> own = responsibilities.getOrDefault(measure.id, List.of());
            plan.put(measure.id, new PlanMeasure(measure,
                    measure.currentReportId == null ? null : statusByReport.get(measure.currentReportId),
                    parties(own, ResponsibilityRole.LEAD), parties(own, ResponsibilityRole.PARTNER)));
        }
        return plan;
    }

    private static List<Party> parties(List<Responsibility> responsibilities, ResponsibilityRole role) {
        return responsibilities.stream().filter(r -> r.role == role).map(r -> r.party)
                .collect(Collectors.toMap(p -> p.id, Function.identity(), (a, b) -> a, LinkedHashMap::new))
                .values().stream().toList();
    }
}
