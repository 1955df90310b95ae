package no.planstatus.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.planstatus.common.DataChanged;
import no.planstatus.common.DataRevision;
import no.planstatus.common.EndOfTransaction;
import no.planstatus.account.AccountService;
import no.planstatus.security.Actor;
import no.planstatus.security.Caller;
import no.planstatus.token.TokenService;
import no.planstatus.webhook.WebhookService;

/**
 * Records every change in the same transaction as the change itself, so a change and its audit entry are
 * committed or rolled back together, and moves the public data revision on when the change is to public data.
 * What every entry of a transaction shares (the measures' {@code updated_at}, the revision) is written once, at
 * the end of the transaction, so that recording costs the same per entry however many a transaction holds.
 */
@ApplicationScoped
public class AuditLog {

    /**
     * Records no public answer shows: changing them leaves the public data revision, and so every public ETag,
     * as it is. (Sessions are not audited here at all.)
     */
    private static final Set<String> NOT_PUBLIC = Set.of(AccountService.AUDIT_TYPE, TokenService.AUDIT_TYPE,
            WebhookService.AUDIT_TYPE);

    private final Caller caller;
    private final ObjectMapper objectMapper;
    private final DataRevision revision;
    private final Event<DataChanged> changes;
    private final EndOfTransaction end;

    public AuditLog(Caller caller, ObjectMapper objectMapper, DataRevision revision, Event<DataChanged> changes,
            EndOfTransaction end) {
        this.end = end;
        this.caller = caller;
        this.objectMapper = objectMapper;
        this.revision = revision;
        this.changes = changes;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void created(String entityType, long entityId, Long measureId, Object after) {
        record(AuditEvent.Action.CREATE, entityType, entityId, measureId, null, after);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void updated(String entityType, long entityId, Long measureId, Object before, Object after) {
        record(AuditEvent.Action.UPDATE, entityType, entityId, measureId, before, after);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void deleted(String entityType, long entityId, Long measureId, Object before) {
        record(AuditEvent.Action.DELETE, entityType, entityId, measureId, before, null);
    }

    private void record(AuditEvent.Action action, String entityType, long entityId, Long measureId, Object before,
            Object after) {
        Actor actor = caller.actor().orElse(Actor.SYSTEM);
        AuditEvent event = new AuditEvent();
        event.occurredAt = Instant.now();
        event.actorType = actor.type().name();
        event.actorId = actor.id();
        event.actorName = actor.name();
        event.action = action;
        event.entityType = entityType;
        event.entityId = entityId;
        event.measureId = measureId;
        event.beforeJson = json(before);
        event.afterJson = json(after);
        event.persist();
        if (measureId != null) {
            touch(measureId, event.occurredAt);
        }
        changes.fire(new DataChanged(entityType, entityId, measureId));
        if (!NOT_PUBLIC.contains(entityType)) {
            revision.bump();
        }
    }

    /**
     * Notes that the measure changed (its own fields, its responsibilities or reports). Its {@code updated_at} is
     * written once, as one of the transaction's last statements, rather than after every entry: an import records
     * tens of thousands of entries, and a native statement per entry made Hibernate flush everything each time.
     */
    private void touch(long measureId, Instant at) {
        TouchedMeasures touched = end.once(TouchedMeasures.class, TouchedMeasures::new);
        touched.ids.add(measureId);
        touched.latest = at;
    }

    /** The measures a transaction changed, and when it last did. */
    private static final class TouchedMeasures implements EndOfTransaction.Work {

        private static final int CHUNK = 500;

        private final Set<Long> ids = new LinkedHashSet<>();
        private Instant latest;

        @Override
        public void run(Connection connection) throws SQLException {
            List<Long> all = List.copyOf(ids);
            for (int from = 0; from < all.size(); from += CHUNK) {
                List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
                // Native, so the measure's own version (its ETag for If-Match) does not move with its reports.
                String placeholders = String.join(", ", Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE measure SET updated_at = ? WHERE id IN (" + placeholders + ")")) {
                    // As Hibernate binds an Instant: the same moment, in UTC.
                    update.setObject(1, latest.atOffset(ZoneOffset.UTC));
                    for (int i = 0; i < chunk.size(); i++) {
                        update.setLong(i + 2, chunk.get(i));
                    }
                    update.executeUpdate();
                }
            }
        }
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
