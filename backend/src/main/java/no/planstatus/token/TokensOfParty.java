package no.planstatus.token;

import jakarta.enterprise.context.ApplicationScoped;
import no.planstatus.party.PartyHolders;

/** A party with reporter tokens cannot be deleted. */
@ApplicationScoped
public class TokensOfParty implements PartyHolders {

    @Override
    public long countFor(long partyId) {
        return ApiToken.count("party.id", partyId);
    }
}
