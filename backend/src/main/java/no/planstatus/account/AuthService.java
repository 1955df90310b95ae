package no.planstatus.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.ProblemType;
import no.planstatus.party.Party;
import no.planstatus.party.PartyRef;
import no.planstatus.security.Actor;
import no.planstatus.security.FitsBcrypt;
import no.planstatus.security.LoginThrottle;
import no.planstatus.security.PasswordHashing;
import no.planstatus.security.Secrets;
import no.planstatus.security.UserSession;

/** Signing in with an account's username and password, signing out, and who is signed in. */
@ApplicationScoped
public class AuthService {

    private final LoginThrottle throttle;
    private final PasswordHashing passwords;
    /**
     * Compared against when the username is unknown, so that a wrong username takes as long as a wrong password
     * (made at the configured cost, as new accounts' hashes are).
     */
    private final String dummyHash;

    public AuthService(LoginThrottle throttle, PasswordHashing passwords) {
        this.throttle = throttle;
        this.passwords = passwords;
        this.dummyHash = passwords.hash(Secrets.random(16));
    }

    /** A new session: the raw token for the cookie and who signed in. */
    public record Login(String sessionToken, SignedIn signedIn) {
    }

    @Transactional
    public Login login(LoginRequest request, String clientAddress) {
        throttle.retryAfter(request.username(), clientAddress).ifPresent(wait -> {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            throw new ApiProblem(ProblemType.TOO_MANY_REQUESTS, "For mange mislykkede innlogginger. Vent " + seconds
                    + (seconds == 1 ? " sekund" : " sekunder") + " og prøv igjen.")
                    .withHeader("Retry-After", String.valueOf(seconds));
        });
        Optional<Account> account = Account.findByUsername(request.username()).filter(a -> a.active);
        // bcrypt would compare only the first 72 bytes of a longer password, so a longer one is simply wrong; it is
        // still hashed (as an empty one) so that it takes as long as any other wrong password.
        boolean fits = FitsBcrypt.Validator.fits(request.password());
        boolean matches = passwords.matches(fits ? request.password() : "",
                account.map(a -> a.passwordHash).orElse(dummyHash)) && fits;
        if (account.isEmpty() || !matches) {
            throttle.recordFailure(request.username(), clientAddress);
            throw new ApiProblem(ProblemType.UNAUTHORIZED, "Feil brukernavn eller passord.");
        }
        throttle.recordSuccess(request.username(), clientAddress);
        String token = Secrets.random(32);
        UserSession session = new UserSession();
        session.accountId = account.get().id;
        session.tokenHash = Secrets.sha256(token);
        session.createdAt = Instant.now();
        session.expiresAt = session.createdAt.plus(UserSession.LIFETIME);
        session.persist();
        return new Login(token, signedIn(account.get(), Secrets.csrfTokenFor(token)));
    }

    @Transactional
    public void logout(String sessionToken) {
        if (sessionToken != null && !sessionToken.isBlank()) {
            UserSession.delete("tokenHash", Secrets.sha256(sessionToken));
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SignedIn me(Actor actor, String sessionToken) {
        if (actor.type() == Actor.Type.ACCOUNT) {
            Account account = Account.<Account>findByIdOptional(actor.id())
                    .orElseThrow(() -> new ApiProblem(ProblemType.UNAUTHORIZED, "Kontoen finnes ikke lenger."));
            return signedIn(account, sessionToken == null ? null : Secrets.csrfTokenFor(sessionToken));
        }
        // A token is never edited, so the actor the mechanism found for it is all there is to say.
        Party party = actor.partyId() == null ? null : Party.<Party>findById(actor.partyId());
        return new SignedIn("token:" + actor.id(), actor.name(), actor.role(),
                party == null ? null : PartyRef.of(party), null, null);
    }

    private static SignedIn signedIn(Account account, String csrfToken) {
        return new SignedIn(account.username, account.displayName, account.role,
                account.party == null ? null : PartyRef.of(account.party), account.email, csrfToken);
    }
}
