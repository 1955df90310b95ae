package no.planstatus.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.planstatus.change.Change;
import no.planstatus.common.EndOfTransaction;

/**
 * Keeps {@code measure.updated_at} (what {@code changedSince} filters on): a measure changes when it, one of its
 * responsibilities or one of its reports changes. The column is written once per transaction, as one of its last
 * statements, rather than after every change: an import publishes tens of thousands of changes, and a native
 * statement per change made Hibernate flush everything each time.
 */
@ApplicationScoped
public class MeasureUpdatedAt {

    private final EndOfTransaction end;

    public MeasureUpdatedAt(EndOfTransaction end) {
        this.end = end;
    }

    void onChange(@Observes Change change) {
        // A report's steps in review change nothing the public sees of the measure (changedSince is public).
        if (change.measureId() != null && change.kind().isPublic()) {
            TouchedMeasures touched = end.once(TouchedMeasures.class, TouchedMeasures::new);
            touched.ids.add(change.measureId());
            touched.latest = Instant.now();
        }
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
}
