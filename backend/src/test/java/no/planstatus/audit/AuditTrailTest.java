package no.planstatus.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import no.planstatus.security.Role;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditTrailTest {

    @Inject
    TestPlans plans;

    private TestPlans.Created plan;
    private long measureId;

    @BeforeEach
    void createPlan() {
        plan = plans.create(List.of());
        measureId = plan.measureId(1, 1);
    }

    @Test
    void shouldShowAMeasuresHistoryToAnyoneNewestFirstWithTheChangedFields() {
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        String etag = given().get("/api/v1/measures/{id}", measureId).then().extract().header("ETag");
        String goalId = given().get("/api/v1/measures/{id}", measureId).then().extract().path("goal.id").toString();
        editor.session().header("If-Match", etag)
                .body(Map.of("goalId", Long.parseLong(goalId), "text", "Ny tekst", "responsibilityText", "Leder",
                        "position", 1))
                .put("/api/v1/measures/{id}", measureId).then().statusCode(200);
        long reportId = editor.session()
                .body(Map.of("periodId", TestPlans.periodOn(measureId, "2031-08-31"), "reportDate", "2031-08-31", "status", "IN_PROGRESS", "assessment", "ON_TRACK",
                        "text", "Rapport"))
                .post("/api/v1/measures/{id}/reports", measureId).then().statusCode(201)
                .extract().jsonPath().getLong("id");

        given().get("/api/v1/measures/{id}/history", measureId).then()
                .statusCode(200)
                .body("items.entityType", contains("report", "measure"))
                .body("items.action", contains("CREATE", "UPDATE"))
                .body("items.measureId", everyItem(equalTo((int) measureId)))
                .body("items[0].entityId", equalTo((int) reportId))
                .body("items[0].actorType", equalTo("ACCOUNT"))
                .body("items[0].before", nullValue())
                .body("items[0].changes.find { it.field == 'text' }.before", nullValue())
                .body("items[0].changes.find { it.field == 'text' }.after", equalTo("Rapport"))
                .body("items[1].changes.field", hasItem("text"))
                .body("items[1].changes.find { it.field == 'text' }.after", equalTo("Ny tekst"))
                .body("items[1].changes.field", not(hasItem("reference")));
    }

    @Test
    void shouldAnswer404ForTheHistoryOfAnUnknownMeasure() {
        given().get("/api/v1/measures/{id}/history", 987654321L).then()
                .statusCode(404)
                .body("type", equalTo("urn:planstatus:problem:not-found"));
    }

    @Test
    void shouldListAllChangesForAdminsOnlyWithFilters() {
        TestAccounts.Credentials admin = TestAccounts.create(Role.ADMIN, null);
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        long reportId = editor.session()
                .body(Map.of("periodId", TestPlans.periodOn(measureId, "2031-08-31"), "reportDate", "2031-08-31", "status", "IN_PROGRESS", "assessment", "ON_TRACK",
                        "text", "Til revisjon"))
                .post("/api/v1/measures/{id}/reports", measureId).then().statusCode(201)
                .extract().jsonPath().getLong("id");

        admin.session().queryParam("entityType", "report").queryParam("entityId", reportId)
                .get("/api/v1/audit-events").then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].actorName", equalTo("Test " + editor.username()))
                .body("items[0].after.text", equalTo("Til revisjon"));
        admin.bearer().queryParam("actor", editor.username().toUpperCase()).queryParam("limit", 1)
                .get("/api/v1/audit-events").then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].entityId", equalTo((int) reportId));

        editor.session().get("/api/v1/audit-events").then()
                .statusCode(403)
                .body("type", equalTo("urn:planstatus:problem:forbidden"));
        given().get("/api/v1/audit-events").then()
                .statusCode(401)
                .body("type", equalTo("urn:planstatus:problem:unauthorized"));
    }

    @Test
    void shouldBoundTheNumberOfEvents() {
        TestAccounts.Credentials admin = TestAccounts.create(Role.ADMIN, null);
        admin.session().queryParam("limit", 501).get("/api/v1/audit-events").then()
                .statusCode(400)
                .body("type", equalTo("urn:planstatus:problem:invalid-parameter"))
                .body("violations.field", contains("limit"));
        admin.session().queryParam("limit", 0).queryParam("entityId", "x").get("/api/v1/audit-events").then()
                .statusCode(400)
                .body("violations.field", contains("entityId", "limit"));
    }
}
