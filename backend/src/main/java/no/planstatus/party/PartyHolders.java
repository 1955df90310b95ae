package no.planstatus.party;

/**
 * What belongs to a party in another feature (accounts, API tokens) and so keeps it from being deleted. Those
 * features implement it, so the party feature need not know them.
 */
public interface PartyHolders {

    /** How many of these belong to the party. */
    long countFor(long partyId);
}
