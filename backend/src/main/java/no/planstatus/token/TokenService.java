package no.planstatus.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.planstatus.change.Change;
import no.planstatus.change.ChangeKind;
import no.planstatus.change.Changes;
import no.planstatus.common.ApiProblem;
import no.planstatus.party.PartyAssignment;
import no.planstatus.security.Caller;
import no.planstatus.security.Secrets;

/** Issues and revokes API tokens. Only a token's SHA-256 hash is stored; the secret leaves the server once. */
@ApplicationScoped
@Transactional
public class TokenService {

    static final String SECRET_PREFIX = "pst_";
    /** "pst_" and eight random characters: enough to tell tokens apart, far too little to guess the rest. */
    private static final int SHOWN_PREFIX_LENGTH = 12;

    private final Caller caller;
    private final Changes changes;

    public TokenService(Caller caller, Changes changes) {
        this.caller = caller;
        this.changes = changes;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TokenView> list() {
        return ApiToken.listNewestFirst().stream().map(TokenView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TokenView> get(long id) {
        return ApiToken.<ApiToken>findByIdOptional(id).map(TokenView::of);
    }

    public IssuedToken issue(TokenInput input) {
        String secret = SECRET_PREFIX + Secrets.random(32);
        ApiToken token = new ApiToken();
        token.name = input.name().trim();
        token.tokenHash = Secrets.sha256(secret);
        token.tokenPrefix = secret.substring(0, SHOWN_PREFIX_LENGTH);
        token.role = input.role();
        token.party = PartyAssignment.resolve(input.role(), input.partyId());
        token.createdBy = caller.require().name();
        token.createdAt = Instant.now();
        token.persist();
        TokenView issued = TokenView.of(token);
        changes.publish(Change.created(ChangeKind.TOKEN_ISSUED, null, issued));
        return new IssuedToken(issued, secret);
    }

    /** Revokes the token; revoking it again changes nothing. */
    public void revoke(long id) {
        ApiToken token = ApiToken.<ApiToken>findByIdOptional(id)
                .orElseThrow(() -> ApiProblem.notFound("API-token", id));
        if (token.revokedAt != null) {
            return;
        }
        TokenView before = TokenView.of(token);
        token.revokedAt = Instant.now();
        changes.publish(Change.updated(ChangeKind.TOKEN_REVOKED, null, before, TokenView.of(token)));
    }
}
