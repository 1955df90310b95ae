package no.planstatus.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import no.planstatus.change.Change;
import no.planstatus.security.Actor;
import no.planstatus.security.Caller;

/**
 * Writes one audit row per published change, in the writing transaction, so that a change and its row are committed
 * or rolled back together. Content the product supplies itself is left out: no one made it. The row is only
 * persisted here; Hibernate writes the rows of a transaction in batches when it flushes.
 */
@ApplicationScoped
public class AuditRecorder {

    private final Caller caller;
    private final ObjectMapper objectMapper;

    public AuditRecorder(Caller caller, ObjectMapper objectMapper) {
        this.caller = caller;
        this.objectMapper = objectMapper;
    }

    void record(@Observes Change change) {
        if (change.origin() == Change.Origin.PRODUCT_CONTENT) {
            return;
        }
        Actor actor = caller.actor().orElse(Actor.SYSTEM);
        AuditEvent event = new AuditEvent();
        event.occurredAt = Instant.now();
        event.actorType = actor.type().name();
        event.actorId = actor.id();
        event.actorName = actor.name();
        event.clientAddress = caller.clientAddress();
        event.action = AuditEvent.Action.valueOf(change.kind().action().name());
        event.entityType = change.kind().resourceType();
        event.entityId = change.resourceId();
        event.measureId = change.measureId();
        event.beforeJson = json(change.before());
        event.afterJson = json(change.after());
        event.persist();
    }

    private String json(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An audit snapshot could not be written as JSON", e);
        }
    }
}
