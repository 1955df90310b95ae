package no.planstatus.measure;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import no.planstatus.change.Snapshot;

/**
 * A measure's own fields as the audit trail keeps them, whoever wrote it. Its responsibilities and reports are
 * changes of their own; its status is derived from them.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeasureSnapshot(long id, long version, String reference, Long actionPlanId, Long goalId,
        Integer goalNumber, int position, String text, String responsibilityText) implements Snapshot {

    /** Built from the entity alone (its goal and plan are loaded with it), so an import pays no query for it. */
    public static MeasureSnapshot of(Measure measure) {
        return new MeasureSnapshot(measure.id, measure.version, measure.reference, measure.actionPlan.id,
                measure.goal.id, measure.goal.number, measure.position, measure.text, measure.responsibilityText);
    }

    /**
     * Rows written before there was one shape: editors stored the API's measure ({@code goal} and
     * {@code actionPlan} as objects, with responsibilities and status), the importer {@code goal} as its number.
     */
    static ObjectNode upgrade(ObjectNode stored) {
        JsonNode goal = stored.remove("goal");
        if (goal != null && goal.isObject()) {
            stored.set("goalId", goal.get("id"));
            stored.set("goalNumber", goal.get("number"));
        } else if (goal != null && goal.isNumber()) {
            stored.set("goalNumber", goal);
        }
        JsonNode actionPlan = stored.remove("actionPlan");
        if (actionPlan != null && actionPlan.isObject()) {
            stored.set("actionPlanId", actionPlan.get("id"));
        }
        return stored;
    }
}
