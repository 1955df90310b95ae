package no.planstatus.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.planstatus.change.ChangeKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change: who made it, when, and the resource as it was before and after (as JSON). */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntity {

    @Schema(name = "AuditAction")
    public enum Action {
        CREATE,
        UPDATE,
        DELETE
    }

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "actor_type", nullable = false)
    public String actorType;

    @Column(name = "actor_id")
    public Long actorId;

    @Column(name = "actor_name", nullable = false)
    public String actorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Action action;

    @Column(name = "entity_type", nullable = false)
    public String entityType;

    @Column(name = "entity_id", nullable = false)
    public long entityId;

    /** The measure the change concerns, when it concerns one: its own change, its responsibilities or reports. */
    @Column(name = "measure_id")
    public Long measureId;

    /** Where the change came from (see Caller#clientAddress); null for changes Planstatus made itself. */
    @Column(name = "client_address")
    public String clientAddress;

    @Column(name = "before_json")
    public String beforeJson;

    @Column(name = "after_json")
    public String afterJson;

    /**
     * The measure's public history: every change to it, its responsibilities and its reports, but not a report's
     * steps before approval ({@link ChangeKind.Resource#REPORT_REVIEW}), which are private.
     */
    public static List<AuditEvent> listByMeasure(long measureId) {
        return list("measureId = ?1 and entityType <> ?2 order by occurredAt desc, id desc", measureId,
                ChangeKind.Resource.REPORT_REVIEW);
    }

    /**
     * Deletions of one type of entity at or after {@code since} (when given), oldest first, after the event that
     * occurred at {@code afterTime} with id {@code afterId} (when given); at most {@code limit + 1}, so a caller
     * can tell whether there is more.
     */
    public static List<AuditEvent> listDeletionsOldestFirst(String entityType, Instant since, Instant afterTime,
            Long afterId, int limit) {
        StringBuilder query = new StringBuilder("entityType = :type and action = :action");
        Parameters parameters = Parameters.with("type", entityType).and("action", Action.DELETE);
        if (since != null) {
            query.append(" and occurredAt >= :since");
            parameters.and("since", since);
        }
        if (afterTime != null) {
            query.append(" and (occurredAt > :afterTime or (occurredAt = :afterTime and id > :afterId))");
            parameters.and("afterTime", afterTime).and("afterId", afterId);
        }
        return find(query + " order by occurredAt, id", parameters).range(0, limit).list();
    }

    public static List<AuditEvent> listNewestFirst(String entityType, Long entityId, int limit) {
        return listNewestFirst(entityType, entityId, null, limit);
    }

    /** The latest events matching every given filter; an actor matches on part of its name, in any case. */
    public static List<AuditEvent> listNewestFirst(String entityType, Long entityId, String actor, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (entityType != null) {
            query.append(" and entityType = :type");
            parameters.and("type", entityType);
        }
        if (entityId != null) {
            query.append(" and entityId = :id");
            parameters.and("id", entityId);
        }
        if (actor != null) {
            query.append(" and locate(:actor, lower(actorName)) > 0");
            parameters.and("actor", actor.toLowerCase(Locale.ROOT));
        }
        return find(query + " order by occurredAt desc, id desc", parameters).page(0, limit).list();
    }

    /**
     * Who made the latest change (UPDATE) to each of the given entities of one type, by entity id; entities never
     * changed since they were created are left out. One query, using the (entity_type, entity_id) index.
     */
    public static Map<Long, String> latestUpdaters(String entityType, Collection<Long> entityIds) {
        Map<Long, String> updaters = new HashMap<>();
        if (entityIds.isEmpty()) {
            return updaters;
        }
        List<Object[]> rows = getEntityManager().createQuery("select e.entityId, e.actorName from AuditEvent e"
                        + " where e.entityType = :type and e.entityId in :ids and e.action = :action"
                        + " order by e.occurredAt, e.id", Object[].class)
                .setParameter("type", entityType)
                .setParameter("ids", entityIds)
                .setParameter("action", Action.UPDATE)
                .getResultList();
        // Oldest first, so the latest change of each entity is the one left in the map.
        for (Object[] row : rows) {
            updaters.put(((Number) row[0]).longValue(), (String) row[1]);
        }
        return updaters;
    }
}
