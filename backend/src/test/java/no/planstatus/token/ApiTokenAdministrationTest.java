package no.planstatus.token;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestPlans;
import no.planstatus.security.Role;
import no.planstatus.security.Secrets;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiTokenAdministrationTest {

    @Inject
    TestPlans plans;

    @Test
    void shouldShowTheSecretOnlyWhenIssuingAndAuthenticateWithIt() {
        TestAccounts.Credentials admin = TestAccounts.create(Role.ADMIN, null);
        String name = "Intranett " + UUID.randomUUID();
        Response issued = admin.session().body(token(name, Role.EDITOR, null)).post("/api/v1/tokens");
        issued.then().statusCode(201)
                .header("Cache-Control", containsString("no-store"))
                .body("secret", startsWith("pst_"))
                .body("token.name", equalTo(name))
                .body("token.role", equalTo("EDITOR"))
                .body("token.createdBy", equalTo("Test " + admin.username()))
                .body("token.revokedAt", nullValue());
        String secret = issued.jsonPath().getString("secret");
        long id = issued.jsonPath().getLong("token.id");
        assertThat(issued.header("Location"), containsString("/api/v1/tokens/" + id));
        assertThat(issued.jsonPath().getString("token.prefix"), equalTo(secret.substring(0, 12)));

        given().header("Authorization", "Bearer " + secret).get("/api/v1/auth/me").then()
                .statusCode(200)
                .body("role", equalTo("EDITOR"))
                .body("displayName", containsString(name));

        String list = admin.session().get("/api/v1/tokens").then().statusCode(200)
                .body("items.name", hasItem(name))
                .body("items.find { it.id == " + id + " }.lastUsedAt", notNullValue())
                .extract().asString();
        assertThat(list, not(containsString(secret)));
        assertThat(list, not(containsString(Secrets.sha256(secret))));
        String one = admin.session().get("/api/v1/tokens/{id}", id).then().statusCode(200)
                .body("name", equalTo(name)).extract().asString();
        assertThat(one, not(containsString(secret)));
    }

    @Test
    void shouldRefuseARevokedToken() {
        TestAccounts.Credentials admin = TestAccounts.create(Role.ADMIN, null);
        Response issued = admin.session().body(token("Kortlevd " + UUID.randomUUID(), Role.EDITOR, null))
                .post("/api/v1/tokens");
        String secret = issued.jsonPath().getString("secret");
        long id = issued.jsonPath().getLong("token.id");
        given().header("Authorization", "Bearer " + secret).get("/api/v1/auth/me").then().statusCode(200);

        admin.session().delete("/api/v1/tokens/{id}", id).then().statusCode(204);

        given().header("Authorization", "Bearer " + secret).get("/api/v1/auth/me").then()
                .statusCode(401)
                .body("type", equalTo("urn:planstatus:problem:unauthorized"));
        admin.session().get("/api/v1/tokens/{id}", id).then().body("revokedAt", notNullValue());
        admin.session().delete("/api/v1/tokens/{id}", id).then().statusCode(204);
        admin.session().queryParam("entityType", "api-token").queryParam("entityId", id)
                .get("/api/v1/audit-events").then()
                .statusCode(200)
                .body("items.action", contains("UPDATE", "CREATE"))
                .body("items[0].changes.field", contains("revokedAt"));
        admin.session().delete("/api/v1/tokens/{id}", 987654321L).then().statusCode(404);
    }

    @Test
    void shouldLetAReporterTokenReportForItsPartyUnderItsOwnName() {
        TestAccounts.Credentials admin = TestAccounts.create(Role.ADMIN, null);
        TestPlans.Created plan = plans.create(List.of());
        String name = "Kommunens fagsystem " + UUID.randomUUID();
        Response issued = admin.session().body(token(name, Role.REPORTER, plan.leadPartyId())).post("/api/v1/tokens");
        issued.then().statusCode(201).body("token.party.id", equalTo((int) plan.leadPartyId()));

        given().header("Authorization", "Bearer " + issued.jsonPath().getString("secret"))
                .contentType("application/json")
                .body(Map.of("periodId", TestPlans.periodOn(plan.measureId(1, 1), "2031-04-30"), "reportDate", "2031-04-30", "status", "IN_PROGRESS", "assessment", "ON_TRACK",
                        "text", "Fra fagsystemet"))
                .post("/api/v1/measures/{id}/reports", plan.measureId(1, 1)).then()
                .statusCode(201)
                .body("author", equalTo(name));
    }

    @Test
    void shouldApplyThePartyRuleToTokens() {
        TestAccounts.Credentials admin = TestAccounts.create(Role.ADMIN, null);
        admin.session().body(token("Uten part", Role.REPORTER, null)).post("/api/v1/tokens").then()
                .statusCode(400)
                .body("violations.field", contains("partyId"));
        admin.session().body(Map.of("name", "Med hemmelighet", "role", "EDITOR", "secret", "pst_valgt"))
                .post("/api/v1/tokens").then()
                .statusCode(400)
                .body("violations.field", contains("secret"));
    }

    @Test
    void shouldKeepTokensForAdmins() {
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        editor.session().get("/api/v1/tokens").then()
                .statusCode(403)
                .body("type", equalTo("urn:planstatus:problem:forbidden"));
        editor.bearer().body(token("Egen", Role.ADMIN, null)).post("/api/v1/tokens").then().statusCode(403);
        given().get("/api/v1/tokens").then().statusCode(401);
    }

    private static Map<String, Object> token(String name, Role role, Long partyId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("role", role.name());
        body.put("partyId", partyId);
        return body;
    }
}
