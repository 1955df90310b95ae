package no.planstatus.change;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import no.planstatus.common.DataRevision;

/**
 * Moves the public data revision on for every public change ({@link ChangeKind#isPublic()}); accounts, tokens and
 * webhooks leave every public ETag as it is. The revision's row is written once per transaction, at its end.
 */
@ApplicationScoped
public class PublicRevision {

    private final DataRevision revision;

    public PublicRevision(DataRevision revision) {
        this.revision = revision;
    }

    void onChange(@Observes Change change) {
        if (change.kind().isPublic()) {
            revision.bump();
        }
    }
}
