package no.planstatus.support;

import static io.restassured.RestAssured.given;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import no.planstatus.party.Party;
import no.planstatus.account.Account;
import no.planstatus.token.ApiToken;
import no.planstatus.security.Role;
import no.planstatus.security.Secrets;

/** Accounts and API tokens of a test's own, with unique names, and requests signed in as them. */
public final class TestAccounts {

    /**
     * bcrypt is slow by design; tests share one hash for their throwaway passwords, made at bcrypt's lowest cost
     * (4, as PLANSTATUS_BCRYPT_COST in the pom sets for the accounts the app creates in tests).
     */
    public static final String PASSWORD = "test-password-" + UUID.randomUUID();
    private static final String PASSWORD_HASH = BcryptUtil.bcryptHash(PASSWORD, 4);

    private TestAccounts() {
    }

    /**
     * A signed-in account: its session cookie and CSRF token, and an API token of the same role and party. Each
     * signs in from an address of its own, so that the sign-in throttle's count for one address (127.0.0.1, where
     * other tests fail sign-ins on purpose) never holds it up.
     */
    /** {@code signedInFrom}: the client address the account signed in from, which the sign-in throttle trusts. */
    public record Credentials(long accountId, String username, String sessionCookie, String csrfToken,
            String tokenSecret, String signedInFrom) {

        /** A request with the session cookie and the CSRF header, as the web app sends it. */
        public RequestSpecification session() {
            return given().cookie("planstatus_session", sessionCookie).header("X-CSRF-Token", csrfToken)
                    .contentType(ContentType.JSON);
        }

        /** A request with the session cookie but no CSRF header: what a forged cross-site request looks like. */
        public RequestSpecification sessionWithoutCsrf() {
            return given().cookie("planstatus_session", sessionCookie).contentType(ContentType.JSON);
        }

        /** A request with an API token of the same role and party. */
        public RequestSpecification bearer() {
            return given().header("Authorization", "Bearer " + tokenSecret).contentType(ContentType.JSON);
        }
    }

    public static Credentials create(Role role, Long partyId) {
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        String secret = "pst_" + Secrets.random(24);
        long accountId = QuarkusTransaction.requiringNew().call(() -> {
            Account account = new Account();
            account.username = username;
            account.displayName = "Test " + username;
            account.passwordHash = PASSWORD_HASH;
            account.role = role;
            account.party = partyId == null ? null : Party.findById(partyId);
            account.active = true;
            account.createdAt = Instant.now();
            account.persist();
            ApiToken token = new ApiToken();
            token.name = "token for " + username;
            token.tokenHash = Secrets.sha256(secret);
            token.tokenPrefix = secret.substring(0, 8);
            token.role = role;
            token.party = account.party;
            token.createdBy = "tests";
            token.createdAt = Instant.now();
            token.persist();
            return account.id;
        });
        String address = ClientAddress.fresh();
        Response login = ClientAddress.from(address).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", PASSWORD))
                .post("/api/v1/auth/login");
        login.then().statusCode(200);
        return new Credentials(accountId, username, login.getCookie("planstatus_session"),
                login.jsonPath().getString("csrfToken"), secret, address);
    }
}
