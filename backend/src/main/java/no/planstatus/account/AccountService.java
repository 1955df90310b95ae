package no.planstatus.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.planstatus.change.Change;
import no.planstatus.change.ChangeKind;
import no.planstatus.change.Changes;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.EmailAddress;
import no.planstatus.common.Problem;
import no.planstatus.common.ProblemType;
import no.planstatus.common.Versions;
import no.planstatus.party.Party;
import no.planstatus.party.PartyAssignment;
import no.planstatus.security.Actor;
import no.planstatus.security.Caller;
import no.planstatus.security.PasswordHashing;
import no.planstatus.security.Role;
import no.planstatus.security.UserSession;

/** Admins manage accounts here. The audit trail sees account records only, never a password or its hash. */
@ApplicationScoped
@Transactional
public class AccountService {

    private final Caller caller;
    private final Changes changes;
    private final PasswordHashing passwords;

    public AccountService(Caller caller, Changes changes, PasswordHashing passwords) {
        this.caller = caller;
        this.changes = changes;
        this.passwords = passwords;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccountView> list() {
        return Account.listByUsername().stream().map(AccountView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AccountView> get(long id) {
        return Account.<Account>findByIdOptional(id).map(AccountView::of);
    }

    public AccountView create(AccountInput.Create input) {
        if (Account.findByUsername(input.username()).isPresent()) {
            throw new ApiProblem(ProblemType.CONFLICT, "Brukernavnet er allerede i bruk.",
                    List.of(new Problem.Violation("username", "er allerede i bruk")));
        }
        Account account = new Account();
        account.username = input.username();
        account.displayName = input.displayName().trim();
        account.passwordHash = passwords.hash(input.password());
        account.role = input.role();
        account.party = PartyAssignment.resolve(input.role(), input.partyId());
        account.active = true;
        account.email = EmailAddress.Validator.normalize(input.email());
        account.createdAt = Instant.now();
        account.persist();
        Account.flush();
        AccountView created = AccountView.of(account);
        changes.publish(Change.created(ChangeKind.ACCOUNT_CREATED, null, created));
        return created;
    }

    /**
     * Changes an account. Deactivating it or setting a new password ends all its sessions, the caller's own
     * included. Admins cannot deactivate or demote themselves, so the one making the change stays an admin.
     */
    public AccountView update(long id, String ifMatch, AccountInput.Update input) {
        Account account = Account.<Account>findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Konto", id));
        Versions.requireMatch(ifMatch, account.version);
        Actor actor = caller.require();
        boolean self = actor.type() == Actor.Type.ACCOUNT && actor.id() == id;
        if (self && (!input.active() || input.role() != Role.ADMIN)) {
            throw new ApiProblem(ProblemType.CONFLICT,
                    "Du kan ikke deaktivere din egen konto eller ta fra deg administratorrollen. "
                            + "Be en annen administrator om det.");
        }
        Party party = PartyAssignment.resolve(input.role(), input.partyId());
        AccountView before = AccountView.of(account);
        boolean deactivated = account.active && !input.active();
        account.displayName = input.displayName().trim();
        account.role = input.role();
        account.party = party;
        account.active = input.active();
        account.email = EmailAddress.Validator.normalize(input.email());
        if (input.newPassword() != null) {
            account.passwordHash = passwords.hash(input.newPassword());
            account.passwordChangedAt = Instant.now();
        }
        if (deactivated || input.newPassword() != null) {
            UserSession.deleteByAccount(id);
        }
        Account.flush();
        AccountView after = AccountView.of(account);
        changes.publish(Change.updated(ChangeKind.ACCOUNT_UPDATED, null, before, after));
        return after;
    }
}
