package no.planstatus.responsibility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import no.planstatus.change.Change;
import no.planstatus.change.ChangeKind;
import no.planstatus.change.Changes;
import no.planstatus.change.SnapshotShape;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.Problem;
import no.planstatus.common.ProblemType;
import no.planstatus.common.Versions;
import no.planstatus.measure.Measure;
import no.planstatus.party.Party;

/**
 * Adds, changes, reorders and removes the parties responsible for a measure; every change is versioned and
 * audited under the measure. The measure's own «Ansvar» line is left as it is: it is the plan's wording.
 */
@ApplicationScoped
@Transactional
public class ResponsibilityEditor {

    private final Changes changes;

    public ResponsibilityEditor(Changes changes) {
        this.changes = changes;
    }

    @Produces
    static SnapshotShape snapshotShape() {
        return SnapshotShape.of(ChangeKind.Resource.RESPONSIBILITY, ResponsibilitySnapshot.class);
    }

    public ResponsibilityView create(long measureId, ResponsibilityInput.Create input) {
        Measure measure = lockedMeasure(measureId);
        Party party = Party.<Party>findByIdOptional(input.partyId())
                .orElseThrow(() -> ApiProblem.invalid("partyId", "den ansvarlige finnes ikke"));
        if (Responsibility.count("measure.id = ?1 and party.id = ?2", measureId, party.id) > 0) {
            throw new ApiProblem(ProblemType.CONFLICT, "Den ansvarlige har allerede en rolle i tiltaket.",
                    List.of(new Problem.Violation("partyId", "har allerede en rolle i tiltaket")));
        }
        Responsibility responsibility = new Responsibility();
        responsibility.measure = measure;
        responsibility.party = party;
        responsibility.role = input.role();
        responsibility.wording = wording(input.wording(), party);
        responsibility.position = (int) Responsibility.count("measure.id", measureId) + 1;
        responsibility.persist();
        Responsibility.flush();
        changes.publish(Change.created(ChangeKind.RESPONSIBILITY_CREATED, measureId,
                ResponsibilitySnapshot.of(responsibility)));
        return ResponsibilityView.of(responsibility);
    }

    public ResponsibilityView update(long measureId, long id, String ifMatch, ResponsibilityInput.Update input) {
        Responsibility responsibility = find(measureId, id);
        Versions.requireMatch(ifMatch, responsibility.version);
        ResponsibilitySnapshot before = ResponsibilitySnapshot.of(responsibility);
        List<Responsibility> ordered = new ArrayList<>(siblings(measureId, id));
        ordered.add(Math.min(Math.max(input.position(), 1), ordered.size() + 1) - 1, responsibility);
        responsibility.role = input.role();
        responsibility.wording = wording(input.wording(), responsibility.party);
        renumber(ordered);
        Responsibility.flush();
        changes.publish(Change.updated(ChangeKind.RESPONSIBILITY_UPDATED, measureId, before,
                ResponsibilitySnapshot.of(responsibility)));
        return ResponsibilityView.of(responsibility);
    }

    public void delete(long measureId, long id, String ifMatch) {
        Responsibility responsibility = find(measureId, id);
        Versions.requireMatch(ifMatch, responsibility.version);
        ResponsibilitySnapshot before = ResponsibilitySnapshot.of(responsibility);
        responsibility.delete();
        renumber(siblings(measureId, id));
        changes.publish(Change.deleted(ChangeKind.RESPONSIBILITY_DELETED, measureId, before));
    }

    /**
     * The measure, locked while its list of responsibilities changes, so that concurrent changes check for
     * duplicates and number positions one after another. The measure's version is left alone.
     */
    private static Measure lockedMeasure(long measureId) {
        return Measure.<Measure>findByIdOptional(measureId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiProblem.notFound("Tiltak", measureId));
    }

    private static Responsibility find(long measureId, long id) {
        lockedMeasure(measureId);
        return Responsibility.findInMeasure(measureId, id).orElseThrow(() -> ApiProblem.notFound("Ansvar", id));
    }

    private static String wording(String wording, Party party) {
        return wording == null || wording.isBlank() ? party.name : wording.trim();
    }

    private static List<Responsibility> siblings(long measureId, long except) {
        return Responsibility.listByMeasure(measureId).stream().filter(r -> r.id != except).toList();
    }

    private static void renumber(List<Responsibility> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).position != i + 1) {
                ordered.get(i).position = i + 1;
            }
        }
    }
}
