package no.planstatus.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import no.planstatus.account.Account;
import no.planstatus.support.TestAccounts;
import org.junit.jupiter.api.Test;

/** bcrypt reads only the first 72 bytes of a password, so no password may depend on more. */
@QuarkusTest
class PasswordLengthTest {

    /** 36 × «ø»: 36 characters, 72 bytes in UTF-8. */
    private static final String LONGEST = "ø".repeat(36);
    private static final String TOO_LONG = LONGEST + "x";

    @Test
    void shouldRefuseANewAccountWhosePasswordIsOver72Bytes() {
        TestAccounts.Credentials admin = TestAccounts.create(Role.ADMIN, null);
        for (String password : new String[] {TOO_LONG, "a".repeat(73)}) {
            admin.session().body(account(username(), password)).post("/api/v1/accounts").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("violations.field", contains("password"))
                    .body("violations[0].message", equalTo(
                            "kan ha høyst 72 byte (æ, ø, å og andre tegn utenfor a-z teller som to eller flere)"));
        }

        String username = username();
        admin.session().body(account(username, LONGEST)).post("/api/v1/accounts").then().statusCode(201);
        login(username, LONGEST).then().statusCode(200);
    }

    @Test
    void shouldRefuseANewPasswordOver72Bytes() {
        TestAccounts.Credentials admin = TestAccounts.create(Role.ADMIN, null);
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        Map<String, Object> update = new HashMap<>(Map.of("displayName", "Endret", "role", "EDITOR", "active", true));
        update.put("newPassword", TOO_LONG);
        admin.session().header("If-Match", "\"0\"").body(update).put("/api/v1/accounts/{id}", editor.accountId())
                .then().statusCode(400).body("violations.field", contains("newPassword"));
        login(editor.username(), TestAccounts.PASSWORD).then().statusCode(200);
    }

    @Test
    void shouldNotSignInWithAnythingThatMerelyStartsWithTheFirst72BytesOfAStoredPassword() {
        String username = username();
        String legacyPassword = "a".repeat(72) + "the rest that bcrypt never saw";
        QuarkusTransaction.requiringNew().run(() -> {
            Account account = new Account();
            account.username = username;
            account.displayName = "Gammel konto";
            account.passwordHash = BcryptUtil.bcryptHash(legacyPassword);
            account.role = Role.EDITOR;
            account.active = true;
            account.createdAt = Instant.now();
            account.persist();
        });

        login(username, "a".repeat(72) + "anything else").then().statusCode(401)
                .body("detail", equalTo("Feil brukernavn eller passord."));
        login(username, "a".repeat(72)).then().statusCode(200);
    }

    private static Map<String, Object> account(String username, String password) {
        return Map.of("username", username, "displayName", "Kari", "password", password, "role", "EDITOR");
    }

    private static String username() {
        return "konto-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Response login(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/login");
    }
}
