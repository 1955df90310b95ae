package no.planstatus.party;

import no.planstatus.common.ApiProblem;
import no.planstatus.security.Role;

/** The one rule for accounts and tokens alike: a reporter reports for exactly one party; other roles for none. */
public final class PartyAssignment {

    private PartyAssignment() {
    }

    /** The party for the role, or null for editors and admins; a 400 violation on partyId when the rule is broken. */
    public static Party resolve(Role role, Long partyId) {
        if (role != Role.REPORTER) {
            if (partyId != null) {
                throw ApiProblem.invalid("partyId", "kan bare settes for rollen REPORTER");
            }
            return null;
        }
        if (partyId == null) {
            throw ApiProblem.invalid("partyId", "må fylles ut for rollen REPORTER");
        }
        return Party.<Party>findByIdOptional(partyId)
                .orElseThrow(() -> ApiProblem.invalid("partyId", "parten finnes ikke"));
    }
}
