package no.planstatus.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import no.planstatus.security.Actor;
import no.planstatus.security.KnownCaller;
import no.planstatus.security.SessionAccounts;

/** Tells the authentication mechanism whose session it is: an active account, by its id. */
@ApplicationScoped
public class AccountCredentials implements SessionAccounts {

    @Override
    public Optional<KnownCaller> activeAccount(long accountId) {
        return Account.<Account>findByIdOptional(accountId).filter(account -> account.active).map(account -> {
            Long partyId = account.party == null ? null : account.party.id;
            return new KnownCaller(account.username,
                    new Actor(Actor.Type.ACCOUNT, account.id, account.displayName, account.role, partyId));
        });
    }
}
