package no.planstatus.party;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import no.planstatus.audit.AuditLog;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.Problem;
import no.planstatus.common.ProblemType;
import no.planstatus.common.Versions;
import no.planstatus.responsibility.Responsibility;

/** Creates, changes and deletes responsible bodies; every change is versioned and audited. */
@ApplicationScoped
@Transactional
public class PartyEditor {

    static final String AUDIT_TYPE = "party";

    private final PartyService parties;
    private final AuditLog audit;
    /** Accounts and tokens of a party, which keep it from being deleted. */
    @Inject
    Instance<PartyHolders> holders;

    public PartyEditor(PartyService parties, AuditLog audit) {
        this.parties = parties;
        this.audit = audit;
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
        party.persist();
        Party.flush();
        audit.created(AUDIT_TYPE, party.id, null, Audited.of(party));
        return view(party.id);
    }

    public PartyView update(long id, String ifMatch, PartyInput.Update input) {
        Party party = find(id);
        Versions.requireMatch(ifMatch, party.version);
        Audited before = Audited.of(party);
        party.name = input.name().trim();
        party.kind = input.kind();
        Party.flush();
        audit.updated(AUDIT_TYPE, party.id, null, before, Audited.of(party));
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
        Audited before = Audited.of(party);
        party.delete();
        audit.deleted(AUDIT_TYPE, id, null, before);
    }

    private PartyView view(long id) {
        return parties.get(id).orElseThrow();
    }

    private static Party find(long id) {
        return Party.<Party>findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Ansvarlig", id));
    }

    /** What the audit trail keeps of a party: its own fields, not its measures. */
    record Audited(long id, long version, String slug, String name, PartyKind kind) {

        static Audited of(Party party) {
            return new Audited(party.id, party.version, party.slug, party.name, party.kind);
        }
    }
}
