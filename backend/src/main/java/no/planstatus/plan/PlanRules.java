package no.planstatus.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.Problem;
import no.planstatus.common.ProblemType;

/** Rules that span several fields of a plan, so bean validation on one field cannot express them. */
final class PlanRules {

    private PlanRules() {
    }

    /** An action plan's years run forward and lie inside its strategic plan's period. */
    static void requireActionPlanPeriod(StrategicPlan strategicPlan, int start, int end) {
        List<Problem.Violation> violations = new ArrayList<>();
        String inside = "må ligge innenfor den strategiske planens periode (" + strategicPlan.periodStart + "–"
                + strategicPlan.periodEnd + ")";
        if (start < strategicPlan.periodStart || start > strategicPlan.periodEnd) {
            violations.add(new Problem.Violation("periodStart", inside));
        }
        if (end < start) {
            violations.add(new Problem.Violation("periodEnd", "kan ikke være før startåret"));
        } else if (end > strategicPlan.periodEnd) {
            violations.add(new Problem.Violation("periodEnd", inside));
        }
        throwIfAny(violations);
    }

    /** A strategic plan's years run forward and still hold every action plan under it. */
    static void requireStrategicPlanPeriod(int start, int end, List<ActionPlan> actionPlans) {
        List<Problem.Violation> violations = new ArrayList<>();
        String startsEarlier = codes(actionPlans, plan -> plan.periodStart < start);
        if (!startsEarlier.isEmpty()) {
            violations.add(new Problem.Violation("periodStart",
                    "kan ikke være etter første år i handlingsplan " + startsEarlier));
        }
        if (end < start) {
            violations.add(new Problem.Violation("periodEnd", "kan ikke være før startåret"));
        } else {
            String endsLater = codes(actionPlans, plan -> plan.periodEnd > end);
            if (!endsLater.isEmpty()) {
                violations.add(new Problem.Violation("periodEnd",
                        "kan ikke være før siste år i handlingsplan " + endsLater));
            }
        }
        throwIfAny(violations);
    }

    /** Optional text is stored trimmed, and blank as absent. */
    static String trimToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String codes(List<ActionPlan> actionPlans, Predicate<ActionPlan> outside) {
        return actionPlans.stream().filter(outside).map(plan -> plan.code).collect(Collectors.joining(", "));
    }

    private static void throwIfAny(List<Problem.Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ApiProblem(ProblemType.BAD_REQUEST, "Forespørselen er ugyldig.", violations);
        }
    }
}
