package no.planstatus.change;

/**
 * A resource as a change found or left it. There is one snapshot record per resource type, owned by the resource's
 * package, and every writer (editor, importer, default content) builds that same record, so every reader of the
 * audit trail sees one shape per type. Snapshots are written as JSON; {@link SnapshotShape} reads them back.
 */
public interface Snapshot {

    long id();
}
