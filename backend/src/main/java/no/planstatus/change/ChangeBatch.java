package no.planstatus.change;

import java.util.List;

/**
 * The changes of one import, published together ({@link Changes#publishBatch}): observers see each change, then the
 * batch, so that they may do once what a batch needs once (recompute derived columns, summarise webhooks).
 */
public record ChangeBatch(Change.Origin origin, List<Change> changes) {

    public ChangeBatch {
        if (origin == Change.Origin.EDITOR) {
            throw new IllegalArgumentException("An editor publishes its changes one at a time");
        }
        changes = changes.stream().map(change -> change.from(origin)).toList();
    }
}
