package no.planstatus.change;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

/**
 * Where every write announces what it changed. Observers run synchronously, inside the writing transaction, so a
 * change and all it triggers commit or roll back together: the audit row ({@code audit.AuditRecorder}), the measure's
 * derived columns and {@code updated_at} ({@code measure.MeasureDerivedColumns}, {@code measure.MeasureUpdatedAt}),
 * the public data revision ({@link PublicRevision}) and the webhook outbox ({@code webhook.ReportWebhooks}). See
 * docs/change-pipeline.md.
 */
@ApplicationScoped
public class Changes {

    private final Event<Change> changes;
    private final Event<ChangeBatch> batches;

    public Changes(Event<Change> changes, Event<ChangeBatch> batches) {
        this.changes = changes;
        this.batches = batches;
    }

    /** Publishes one change an editor made. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(Change change) {
        changes.fire(change);
    }

    /** Publishes every change of a batch in order, then the batch itself. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishBatch(ChangeBatch batch) {
        batch.changes().forEach(changes::fire);
        batches.fire(batch);
    }
}
