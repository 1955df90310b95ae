package no.planstatus.change;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import no.planstatus.common.CheckedTextModule;

/**
 * Reads snapshots the audit trail stored back into their resource type's one record ({@link SnapshotShape}),
 * whichever writer and whichever release stored them. A type without a shape is read as it was stored.
 */
@ApplicationScoped
public class StoredSnapshots {

    private final ObjectMapper json;
    private final Map<String, SnapshotShape> shapes = new HashMap<>();

    public StoredSnapshots(ObjectMapper json, @Any Instance<SnapshotShape> declared) {
        this.json = json;
        for (SnapshotShape shape : declared) {
            if (shapes.put(shape.resourceType(), shape) != null) {
                throw new IllegalStateException("Two snapshot shapes for " + shape.resourceType());
            }
        }
    }

    /** The stored snapshot as its type's record; empty when the type has no shape or nothing was stored. */
    public <S extends Snapshot> Optional<S> read(String resourceType, JsonNode stored, Class<S> type) {
        SnapshotShape shape = shapes.get(resourceType);
        if (stored == null || !stored.isObject() || shape == null || !type.isAssignableFrom(shape.type())) {
            return Optional.empty();
        }
        return Optional.of(type.cast(CheckedTextModule.readStored(json,
                shape.upgrade().apply(((ObjectNode) stored).deepCopy()), shape.type())));
    }

    /**
     * The stored snapshot in today's shape, as JSON: upgraded and written again through its record when the type
     * has a shape, as stored otherwise.
     */
    public JsonNode normalise(String resourceType, JsonNode stored) {
        return read(resourceType, stored, Snapshot.class).<JsonNode>map(json::valueToTree).orElse(stored);
    }
}
