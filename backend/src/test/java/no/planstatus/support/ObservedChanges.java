package no.planstatus.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import no.planstatus.change.Change;

/** Every change published since the last {@link #drain()}, as the pipeline's observers saw it. */
@ApplicationScoped
public class ObservedChanges {

    private final List<Change> seen = new ArrayList<>();

    synchronized void onChange(@Observes Change change) {
        seen.add(change);
    }

    public synchronized List<Change> drain() {
        List<Change> drained = List.copyOf(seen);
        seen.clear();
        return drained;
    }
}
