package no.planstatus.account;

import jakarta.enterprise.context.ApplicationScoped;
import no.planstatus.party.PartyHolders;

/** A party with reporter accounts cannot be deleted. */
@ApplicationScoped
public class AccountsOfParty implements PartyHolders {

    @Override
    public long countFor(long partyId) {
        return Account.count("party.id", partyId);
    }
}
