package no.planstatus.change;

import java.util.Objects;

/**
 * One change to one resource, published by whoever wrote it ({@link Changes#publish}), inside the writing
 * transaction.
 *
 * @param resourceId the changed resource's id
 * @param measureId the measure the change concerns, if any: its own change, its responsibilities' or its reports'
 * @param before the resource before the change; null for a creation
 * @param after the resource after the change; null for a deletion
 * @param origin who wrote it: an editor (one request, one resource), an import or the product's own content
 */
public record Change(ChangeKind kind, long resourceId, Long measureId, Snapshot before, Snapshot after,
        Origin origin) {

    /** Where a change comes from; observers may treat a batch (an import) as a whole. */
    public enum Origin {
        /** An editor, on a caller's request. */
        EDITOR,
        /** A plan import on a caller's behalf, published as one {@link ChangeBatch}. */
        IMPORT,
        /**
         * Content the product itself supplies (the default plan, test fixtures), published as one batch. No one made
         * it, so it is not in the audit trail; everything else treats it as an import.
         */
        PRODUCT_CONTENT
    }

    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(origin, "origin");
        if ((before == null) != (kind.action() == ChangeKind.Action.CREATE)
                || (after == null) != (kind.action() == ChangeKind.Action.DELETE)) {
            throw new IllegalArgumentException(kind + " needs " + switch (kind.action()) {
                case CREATE -> "an after snapshot only";
                case UPDATE -> "a before and an after snapshot";
                case DELETE -> "a before snapshot only";
            });
        }
    }

    public static Change created(ChangeKind kind, Long measureId, Snapshot after) {
        return new Change(kind, after.id(), measureId, null, after, Origin.EDITOR);
    }

    public static Change updated(ChangeKind kind, Long measureId, Snapshot before, Snapshot after) {
        return new Change(kind, after.id(), measureId, before, after, Origin.EDITOR);
    }

    public static Change deleted(ChangeKind kind, Long measureId, Snapshot before) {
        return new Change(kind, before.id(), measureId, before, null, Origin.EDITOR);
    }

    /** The same change, written by another origin. */
    public Change from(Origin newOrigin) {
        return new Change(kind, resourceId, measureId, before, after, newOrigin);
    }

    /** The resource as it is now, or as it was when it was deleted. */
    public Snapshot state() {
        return after != null ? after : before;
    }
}
