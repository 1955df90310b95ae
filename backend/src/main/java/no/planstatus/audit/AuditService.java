package no.planstatus.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.planstatus.change.ChangeKind;
import no.planstatus.change.StoredSnapshots;
import no.planstatus.common.CheckedTextModule;
import no.planstatus.common.Page;
import no.planstatus.common.PageRequest;

/**
 * Reads the audit trail and shows each change as the fields it changed. Snapshots are shown in their resource
 * type's one shape ({@link StoredSnapshots}), however old the row, so that fields compare across writers.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditService {

    private static final TypeReference<Object> VALUE = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Object>> SNAPSHOT = new TypeReference<>() {
    };

    private final ObjectMapper objectMapper;
    private final StoredSnapshots snapshots;

    public AuditService(ObjectMapper objectMapper, StoredSnapshots snapshots) {
        this.objectMapper = objectMapper;
        this.snapshots = snapshots;
    }

    /** Changes that concern the measure (its own, its responsibilities' and its reports'), newest first. */
    public List<AuditEventView> listByMeasure(long measureId) {
        return AuditEvent.listByMeasure(measureId).stream().map(event -> view(event, false)).toList();
    }

    public List<AuditEventView> list(String entityType, Long entityId, String actor, int limit) {
        return AuditEvent.listNewestFirst(entityType, entityId, actor, limit).stream().map(event -> view(event, true))
                .toList();
    }

    /** Deletions of one resource type at or after {@code since} (when given), oldest first. */
    public Page<AuditEvent> deletions(String entityType, Instant since, PageRequest page) {
        Instant afterTime = null;
        Long afterId = null;
        if (!page.isFirst()) {
            try {
                afterTime = Instant.ofEpochSecond(page.afterLong(0), page.afterLong(1));
            } catch (DateTimeException | ArithmeticException e) {
                throw PageRequest.invalidCursor();
            }
            afterId = page.afterLong(2);
        }
        List<AuditEvent> fetched = AuditEvent.listDeletionsOldestFirst(entityType, since, afterTime, afterId,
                page.limit());
        return Page.of(fetched, page, AuditService::cursor);
    }

    /** What the deletion recorded of the resource, in today's shape; null when it recorded nothing. */
    public JsonNode deletedState(AuditEvent event) {
        return snapshots.normalise(event.entityType, parse(event.beforeJson));
    }

    /** The event's sort key: its time to the nanosecond as stored, then its id. */
    private static String cursor(AuditEvent event) {
        return PageRequest.cursor(event.occurredAt.getEpochSecond(), event.occurredAt.getNano(), event.id);
    }

    /** The client address is personal data: only the admins' audit trail shows it, never public history. */
    private AuditEventView view(AuditEvent event, boolean withClientAddress) {
        JsonNode before = snapshots.normalise(event.entityType, parse(event.beforeJson));
        JsonNode after = snapshots.normalise(event.entityType, parse(event.afterJson));
        AuditEvent.Action action = event.action;
        if (!withClientAddress && ChangeKind.Resource.REPORT.equals(event.entityType)) {
            // The public history shows a report from the day it became public: its approval reads as its creation
            // (what it said while in review is not public), and the review's own fields are left out.
            if (action == AuditEvent.Action.UPDATE && before != null && before.hasNonNull("state")
                    && !"APPROVED".equals(before.get("state").asText())) {
                action = AuditEvent.Action.CREATE;
                before = null;
            }
            before = withoutReview(before);
            after = withoutReview(after);
        }
        return new AuditEventView(event.id, event.occurredAt, event.actorType, event.actorName,
                withClientAddress ? event.clientAddress : null, action, event.entityType, event.entityId,
                event.measureId, changes(before, after), snapshot(before),
                snapshot(after));
    }

    private static JsonNode withoutReview(JsonNode snapshot) {
        if (snapshot == null || !snapshot.isObject()) {
            return snapshot;
        }
        ObjectNode copy = ((ObjectNode) snapshot).deepCopy();
        copy.remove(List.of("state", "reviewedBy", "reviewComment"));
        return copy;
    }

    /** The top-level fields that differ, in the order the snapshots list them. */
    private List<AuditEventView.FieldChange> changes(JsonNode before, JsonNode after) {
        Set<String> fields = new LinkedHashSet<>();
        addFieldNames(fields, after);
        addFieldNames(fields, before);
        List<AuditEventView.FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            JsonNode old = valueOf(before, field);
            JsonNode now = valueOf(after, field);
            if (!old.equals(now)) {
                changes.add(new AuditEventView.FieldChange(field, value(old), value(now)));
            }
        }
        return changes;
    }

    private static void addFieldNames(Set<String> fields, JsonNode snapshot) {
        if (snapshot != null && snapshot.isObject()) {
            for (Iterator<String> names = snapshot.fieldNames(); names.hasNext();) {
                fields.add(names.next());
            }
        }
    }

    private static JsonNode valueOf(JsonNode snapshot, String field) {
        JsonNode value = snapshot == null ? null : snapshot.get(field);
        return value == null ? NullNode.getInstance() : value;
    }

    /** Plain maps, lists and values instead of Jackson's tree, so the API's schema can describe them. */
    private Map<String, Object> snapshot(JsonNode node) {
        return node == null ? null : CheckedTextModule.readStored(objectMapper, node, SNAPSHOT);
    }

    private Object value(JsonNode node) {
        return node.isNull() ? null : CheckedTextModule.readStored(objectMapper, node, VALUE);
    }

    private JsonNode parse(String json) {
        if (json == null) {
            return null;
        }
        try {
            return objectMapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit event holds a snapshot that is not JSON", e);
        }
    }
}
