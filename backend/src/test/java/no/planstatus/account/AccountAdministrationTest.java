package no.planstatus.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestPlans;
import no.planstatus.security.Role;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountAdministrationTest {

    private static final String PASSWORD = "et langt passord 1";

    @Inject
    TestPlans plans;

    @Test
    void shouldCreateListAndChangeAnAccountWithoutEverShowingThePassword() {
        TestAccounts.Credentials admin = TestAccounts.create(Role.ADMIN, null);
        long partyId = plans.create(List.of()).leadPartyId();
        String username = uniqueUsername();
        Response created = admin.session().body(account(username, Role.REPORTER, partyId))
                .post("/api/v1/accounts");
        created.then().statusCode(201)
                .header("ETag", equalTo("\"0-gzip\""))
                .body("username", equalTo(username))
                .body("displayName", equalTo("Kari " + username))
                .body("role", equalTo("REPORTER"))
                .body("party.id", equalTo((int) partyId))
                .body("active", equalTo(true))
                .body("$", not(hasKey("password")))
                .body("$", not(hasKey("passwordHash")));
        long id = created.jsonPath().getLong("id");
        assertThat(created.header("Location"), containsString("/api/v1/accounts/" + id));
        assertThat(created.asString(), not(containsString(PASSWORD)));

        admin.session().get("/api/v1/accounts").then().statusCode(200)
                .body("items.username", hasItem(username))
                .body("items.find { it.username == '" + username + "' }.id", equalTo((int) id));
        admin.session().get("/api/v1/accounts/{id}", id).then().statusCode(200).header("ETag", equalTo("\"0-gzip\""));
        login(username, PASSWORD).then().statusCode(200).body("role", equalTo("REPORTER"));

        Map<String, Object> update = update("Kari Endret", Role.EDITOR, null, true);
        admin.session().header("If-Match", "\"0\"").body(update).put("/api/v1/accounts/{id}", id).then()
                .statusCode(200)
                .header("ETag", equalTo("\"1-gzip\""))
                .body("displayName", equalTo("Kari Endret"))
                .body("role", equalTo("EDITOR"))
                .body("party", nullValue());
        admin.session().header("If-Match", "\"0\"").body(update).put("/api/v1/accounts/{id}", id).then()
                .statusCode(412);
        admin.session().body(update).put("/api/v1/accounts/{id}", id).then()
                .statusCode(428);
    }

    @Test
    void shouldRejectAUsernameTakenInAnyCase() {
        TestAccounts.Credentials admin = TestAccounts.create(Role.ADMIN, null);
        TestAccounts.Credentials existing = TestAccounts.create(Role.EDITOR, null);
        admin.session().body(account(existing.username(), Role.EDITOR, null)).post("/api/v1/accounts").then()
                .statusCode(409)
                .body("type", equalTo("urn:planstatus:problem:conflict"))
                .body("violations.field", contains("username"));
        admin.session().body(account("ADMIN", Role.EDITOR, null)).post("/api/v1/accounts").then()
                .statusCode(400)
                .body("violations.field", contains("username"));
    }

    @Test
    void shouldRequireAPartyForReportersAndRefuseOneForOthers() {
        TestAccounts.Credentials admin = TestAccounts.create(Role.ADMIN, null);
        long partyId = plans.create(List.of()).leadPartyId();
        admin.session().body(account(uniqueUsername(), Role.REPORTER, null)).post("/api/v1/accounts").then()
                .statusCode(400)
                .body("type", equalTo("urn:planstatus:problem:bad-request"))
                .body("violations.field", contains("partyId"))
                .body("violations[0].message", equalTo("må fylles ut for rollen REPORTER"));
        admin.session().body(account(uniqueUsername(), Role.EDITOR, partyId)).post("/api/v1/accounts").then()
                .statusCode(400)
                .body("violations.field", contains("partyId"));
        admin.session().body(account(uniqueUsername(), Role.REPORTER, 987654321L)).post("/api/v1/accounts").then()
                .statusCode(400)
                .body("violations[0].message", equalTo("parten finnes ikke"));
    }

    @Test
    void shouldRejectShortPasswordsAndBadUsernames() {
        TestAccounts.Credentials admin = TestAccounts.create(Role.ADMIN, null);
        Map<String, Object> body = account("ab", Role.EDITOR, null);
        body.put("password", "kort");
        admin.session().body(body).post("/api/v1/accounts").then()
                .statusCode(400)
                .body("violations.field", contains("password", "username"));
    }

    @Test
    void shouldAcceptAPassphraseOfUpTo72Bytes() {
        TestAccounts.Credentials admin = TestAccounts.create(Role.ADMIN, null);
        String username = uniqueUsername();
        String passphrase = "æøå ".repeat(10) + "ab"; // 42 characters, 72 bytes in UTF-8: bcrypt's limit
        Map<String, Object> body = account(username, Role.EDITOR, null);
        body.put("password", passphrase);
        admin.session().body(body).post("/api/v1/accounts").then().statusCode(201);
        login(username, passphrase).then().statusCode(200);
    }

    @Test
    void shouldNotLetAnAdminDeactivateOrDemoteThemselves() {
        TestAccounts.Credentials admin = TestAccounts.create(Role.ADMIN, null);
        admin.session().header("If-Match", "\"0\"").body(update("Meg", Role.EDITOR, null, true))
                .put("/api/v1/accounts/{id}", admin.accountId()).then()
                .statusCode(409)
                .body("type", equalTo("urn:planstatus:problem:conflict"));
        admin.session().header("If-Match", "\"0\"").body(update("Meg", Role.ADMIN, null, false))
                .put("/api/v1/accounts/{id}", admin.accountId()).then()
                .statusCode(409);
        admin.session().header("If-Match", "\"0\"").body(update("Meg selv", Role.ADMIN, null, true))
                .put("/api/v1/accounts/{id}", admin.accountId()).then()
                .statusCode(200)
                .body("displayName", equalTo("Meg selv"));
    }

    @Test
    void shouldEndTheSessionsOfADeactivatedAccount() {
        TestAccounts.Credentials admin = TestAccounts.create(Role.ADMIN, null);
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        editor.session().get("/api/v1/auth/me").then().statusCode(200);
        admin.session().header("If-Match", "\"0\"").body(update("Borte", Role.EDITOR, null, false))
                .put("/api/v1/accounts/{id}", editor.accountId()).then()
                .statusCode(200)
                .body("active", equalTo(false));
        editor.session().get("/api/v1/auth/me").then().statusCode(401);
        login(editor.username(), TestAccounts.PASSWORD).then().statusCode(401);
    }

    @Test
    void shouldEndTheSessionsWhenThePasswordChangesAndAuditItWithoutTheHash() {
        TestAccounts.Credentials admin = TestAccounts.create(Role.ADMIN, null);
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        String newPassword = "helt nytt passord " + UUID.randomUUID();
        Map<String, Object> update = update("Test " + editor.username(), Role.EDITOR, null, true);
        update.put("newPassword", newPassword);
        admin.session().header("If-Match", "\"0\"").body(update).put("/api/v1/accounts/{id}", editor.accountId())
                .then().statusCode(200)
                .body("passwordChangedAt", notNullValue());

        editor.session().get("/api/v1/auth/me").then().statusCode(401);
        login(editor.username(), TestAccounts.PASSWORD).then().statusCode(401);
        login(editor.username(), newPassword).then().statusCode(200);

        String audit = admin.session().queryParam("entityType", "account").queryParam("entityId", editor.accountId())
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("items[0].action", equalTo("UPDATE"))
                .body("items[0].changes.field", hasItem("passwordChangedAt"))
                .extract().asString();
        assertThat(audit, not(containsString("assword\":\"")));
        assertThat(audit, not(containsString("$2a$")));
        assertThat(audit, not(containsString(newPassword)));
    }

    @Test
    void shouldKeepAnAccountsEmailForAdminsAndTheAccountItself() {
        TestAccounts.Credentials admin = TestAccounts.create(Role.ADMIN, null);
        String username = uniqueUsername();
        Map<String, Object> body = account(username, Role.EDITOR, null);
        body.put("email", " kari.nordmann@tynset.kommune.no ");
        Response created = admin.session().body(body).post("/api/v1/accounts");
        created.then().statusCode(201).body("email", equalTo("kari.nordmann@tynset.kommune.no"));
        long id = created.jsonPath().getLong("id");
        admin.session().get("/api/v1/accounts/{id}", id).then()
                .body("email", equalTo("kari.nordmann@tynset.kommune.no"));
        login(username, PASSWORD).then().statusCode(200).body("email", equalTo("kari.nordmann@tynset.kommune.no"));

        Map<String, Object> update = update("Kari", Role.EDITOR, null, true);
        update.put("email", "");
        admin.session().header("If-Match", "\"0\"").body(update).put("/api/v1/accounts/{id}", id).then()
                .statusCode(200).body("email", nullValue());
    }

    @Test
    void shouldRejectAnImplausibleOrOverlongEmail() {
        TestAccounts.Credentials admin = TestAccounts.create(Role.ADMIN, null);
        for (String email : List.of("kari", "kari@kommune", "kari nordmann@kommune.no", "kari@@kommune.no",
                "kari@kommune.no\r\nBcc: x@y.no")) {
            Map<String, Object> body = account(uniqueUsername(), Role.EDITOR, null);
            body.put("email", email);
            admin.session().body(body).post("/api/v1/accounts").then()
                    .statusCode(400)
                    .body("violations.field", hasItem("email"))
                    .body("violations.find { it.field == 'email' }.message",
                            equalTo("må være en gyldig e-postadresse, for eksempel kari.nordmann@kommune.no"));
        }
        Map<String, Object> body = account(uniqueUsername(), Role.EDITOR, null);
        body.put("email", "k".repeat(64) + "@" + ("d".repeat(60) + ".").repeat(5) + "no");
        admin.session().body(body).post("/api/v1/accounts").then()
                .statusCode(400)
                .body("violations.find { it.field == 'email' }.message", equalTo("kan ha høyst 320 tegn"));
    }

    @Test
    void shouldKeepAccountsForAdmins() {
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        editor.session().get("/api/v1/accounts").then()
                .statusCode(403)
                .body("type", equalTo("urn:planstatus:problem:forbidden"));
        editor.session().body(account(uniqueUsername(), Role.ADMIN, null)).post("/api/v1/accounts").then()
                .statusCode(403);
        given().get("/api/v1/accounts").then().statusCode(401);
    }

    private static Response login(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/login");
    }

    private static String uniqueUsername() {
        return "kari." + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> account(String username, Role role, Long partyId) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("displayName", "Kari " + username);
        body.put("password", PASSWORD);
        body.put("role", role.name());
        body.put("partyId", partyId);
        return body;
    }

    private static Map<String, Object> update(String displayName, Role role, Long partyId, boolean active) {
        Map<String, Object> body = new HashMap<>();
        body.put("displayName", displayName);
        body.put("role", role.name());
        body.put("partyId", partyId);
        body.put("active", active);
        return body;
    }
}
