package no.planstatus.goal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import no.planstatus.change.Snapshot;

/**
 * A goal's own fields and matters as the audit trail keeps them, not its measures. Its section is named by id and
 * by position, so that both earlier shapes read into it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoalSnapshot(long id, long version, Long strategicPlanId, Long sectionId, Integer sectionPosition,
        int number, String text, GoalView.InterestPolicy interestPolicy) implements Snapshot {

    public static GoalSnapshot of(Goal goal, GoalView.InterestPolicy interestPolicy) {
        return new GoalSnapshot(goal.id, goal.version, goal.strategicPlan.id, goal.section.id, goal.section.position,
                goal.number, goal.text, interestPolicy);
    }

    /** Editors stored {@code sectionId}; the importer stored the section's position as {@code section}. */
    static ObjectNode upgrade(ObjectNode stored) {
        JsonNode section = stored.remove("section");
        if (section != null && section.isNumber()) {
            stored.set("sectionPosition", section);
        }
        return stored;
    }
}
