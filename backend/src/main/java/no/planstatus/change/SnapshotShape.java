package no.planstatus.change;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.UnaryOperator;

/**
 * How to read a resource type's stored snapshots back as its one snapshot record, old rows included: {@code upgrade}
 * rewrites a shape written before there was one (other field names, nested references) into today's. Each resource
 * package that owns a snapshot produces one; readers of the audit trail look them up by resource type.
 */
public record SnapshotShape(String resourceType, Class<? extends Snapshot> type, UnaryOperator<ObjectNode> upgrade) {

    public static SnapshotShape of(String resourceType, Class<? extends Snapshot> type) {
        return new SnapshotShape(resourceType, type, UnaryOperator.identity());
    }
}
