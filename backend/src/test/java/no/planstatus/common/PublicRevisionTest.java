package no.planstatus.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.planstatus.security.Role;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestPlans;
import org.junit.jupiter.api.Test;

/** Only changes to public data invalidate the ETags of public lists. */
@QuarkusTest
class PublicRevisionTest {

    private static final String LIST = "/api/v1/measures";

    @Inject
    TestPlans plans;

    @Test
    void shouldKeepPublicEtagsWhenTokensAccountsSessionsAndWebhooksChangeAndMoveThemWhenAMeasureChanges() {
        TestPlans.Created plan = plans.create(List.of());
        TestAccounts.Credentials admin = TestAccounts.create(Role.ADMIN, null);
        String etag = etag();

        long tokenId = admin.session().body(Map.of("name", "Intranett", "role", "EDITOR"))
                .post("/api/v1/tokens").then().statusCode(201).extract().jsonPath().getLong("token.id");
        admin.session().delete("/api/v1/tokens/{id}", tokenId).then().statusCode(204);
        admin.session().body(Map.of("username", "ny-" + UUID.randomUUID().toString().substring(0, 8),
                        "displayName", "Ny bruker", "password", "et-langt-passord-123", "role", "EDITOR"))
                .post("/api/v1/accounts").then().statusCode(201);
        var login = given().contentType(ContentType.JSON)
                .body(Map.of("username", admin.username(), "password", TestAccounts.PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(200).extract();
        given().cookie("planstatus_session", login.cookie("planstatus_session"))
                .header("X-CSRF-Token", login.jsonPath().getString("csrfToken"))
                .post("/api/v1/auth/logout").then().statusCode(204);
        long webhookId = admin.session().body(Map.of("url", "https://mottak.example.no/planstatus",
                        "secret", "en-hemmelighet-som-er-lang-nok"))
                .post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath().getLong("id");
        admin.session().delete("/api/v1/webhooks/{id}", webhookId).then().statusCode(204);

        assertEquals(etag, etag(), "nothing public changed");
        given().header("If-None-Match", etag).get(LIST).then().statusCode(304);

        long measureId = plan.measureId(1, 1);
        var measure = given().get("/api/v1/measures/{id}", measureId).then().extract();
        admin.session().header("If-Match", measure.header("ETag"))
                .body(Map.of("text", "endret tekst", "responsibilityText", "Leder", "position", 1,
                        "goalId", measure.jsonPath().getLong("goal.id")))
                .put("/api/v1/measures/{id}", measureId).then().statusCode(200);

        assertNotEquals(etag, etag(), "a measure changed");
    }

    private static String etag() {
        return given().get(LIST).then().statusCode(200).extract().header("ETag");
    }
}
