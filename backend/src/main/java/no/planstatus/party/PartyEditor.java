package no.planstatus.party;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import no.planstatus.change.Change;
import no.planstatus.change.ChangeKind;
import no.planstatus.change.Changes;
import no.planstatus.change.SnapshotShape;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.EmailAddress;
import no.planstatus.common.Problem;
import no.planstatus.common.ProblemType;
import no.planstatus.common.Versions;
import no.planstatus.responsibility.Responsibility;

/** Creates, changes and deletes responsible bodies; every change is versioned and audited. */
@ApplicationScoped
@Transactional
public class PartyEditor {

    private final PartyService parties;
    private final Changes changes;
    /** Accounts and tokens of a party, which keep it from being deleted. */
    @Inject
    Instance<PartyHolders> holders;

    public PartyEditor(PartyService parties, Changes changes) {
        this.parties = parties;
        this.changes = changes;
    }

    @Produces
    static SnapshotShape snapshotShape() {
        return SnapshotShape.of(ChangeKind.Resource.PARTY, PartySnapshot.class);
    }

    public PartyView create(PartyInput.Create input) {
        if (Party.findBySlug(input.slug()).isPresent()) {
            throw new ApiProblem(ProblemType.CONFLICT, "Kortnavnet er allerede i bruk.",
                    List.of(new Problem.Violation("slug", "er allerede i bruk")));
        }
        Party party = new Party();
        party.slug = input.slug();
        party.name = input.name().trim();
        party.kind = input.kind();
        party.email = EmailAddress.Validator.normalize(input.email());
        party.persist();
        Party.flush();
        changes.publish(Change.created(ChangeKind.PARTY_CREATED, null, PartySnapshot.of(party)));
        return view(party.id);
    }

    public PartyView update(long id, String ifMatch, PartyInput.Update input) {
        Party party = find(id);
        Versions.requireMatch(ifMatch, party.version);
        PartySnapshot before = PartySnapshot.of(party);
        party.name = input.name().trim();
        party.kind = input.kind();
        party.email = EmailAddress.Validator.normalize(input.email());
        Party.flush();
        changes.publish(Change.updated(ChangeKind.PARTY_UPDATED, null, before, PartySnapshot.of(party)));
        return view(party.id);
    }

    public void delete(long id, String ifMatch) {
        Party party = find(id);
        Versions.requireMatch(ifMatch, party.version);
        if (Responsibility.count("party.id", id) > 0) {
            throw new ApiProblem(ProblemType.CONFLICT,
                    "Den ansvarlige har ansvar for tiltak og kan ikke slettes; fjern ansvaret først.");
        }
        if (holders.stream().anyMatch(holder -> holder.countFor(id) > 0)) {
            throw new ApiProblem(ProblemType.CONFLICT,
                    "Brukerkontoer eller API-tokener er knyttet til den ansvarlige, så den kan ikke slettes.");
        }
        PartySnapshot before = PartySnapshot.of(party);
        party.delete();
        changes.publish(Change.deleted(ChangeKind.PARTY_DELETED, null, before));
    }

    private PartyView view(long id) {
        return parties.get(id).orElseThrow();
    }

    private static Party find(long id) {
        return Party.<Party>findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Ansvarlig", id));
    }
}
