package no.planstatus.measure;

import static io.restassured.RestAssured.given;
import static no.planstatus.support.TestPlans.report;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.planstatus.report.Assessment;
import no.planstatus.report.ImplementationStatus;
import no.planstatus.security.Role;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeasureEditingTest {

    @Inject
    TestPlans plans;

    private TestAccounts.Credentials editor;
    private TestPlans.Created plan;
    private long goalOne;

    @BeforeEach
    void setUp() {
        editor = TestAccounts.create(Role.EDITOR, null);
        plan = plans.create(List.of(report(LocalDate.of(2031, 5, 1), ImplementationStatus.IN_PROGRESS,
                Assessment.ON_TRACK, 10, "rapport")));
        goalOne = given().get("/api/v1/measures/{id}", plan.measureId(1, 1)).jsonPath().getLong("goal.id");
    }

    @Test
    void shouldCreateAMeasureWithAGeneratedReferenceLocationAndEtag() {
        Response created = editor.session()
                .body(Map.of("actionPlanId", plan.actionPlanId(), "goalId", goalOne, "text", "nytt tiltak",
                        "responsibilityText", "Leder"))
                .post("/api/v1/measures");
        created.then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/measures/" + created.path("id")))
                .header("ETag", equalTo("\"0-gzip\""))
                .body("reference", equalTo(plan.reference(1, 3)))
                .body("position", equalTo(3))
                .body("currentStatus.status", equalTo("NOT_REPORTED"));
    }

    @Test
    void shouldMoveAMeasureAndRenumberTheOthersUnderTheGoal() {
        long second = plan.measureId(1, 2);
        String etag = given().get("/api/v1/measures/{id}", second).header("ETag");
        editor.session().header("If-Match", etag)
                .body(Map.of("goalId", goalOne, "text", "flyttet", "responsibilityText", "Leder", "position", 1))
                .put("/api/v1/measures/{id}", second).then()
                .statusCode(200)
                .header("ETag", not(equalTo(etag)))
                .body("position", equalTo(1))
                .body("reference", equalTo(plan.reference(1, 2)));
        given().queryParam("goal", goalOne).get("/api/v1/measures").then().statusCode(200)
                .body("items.reference", contains(plan.reference(1, 2), plan.reference(1, 1)))
                .body("items.position", contains(1, 2));
    }

    @Test
    void shouldRequireTheCurrentEtagToChangeOrDelete() {
        long id = plan.measureId(1, 2);
        Map<String, Object> body = Map.of("goalId", goalOne, "text", "x", "responsibilityText", "y", "position", 1);
        editor.session().body(body).put("/api/v1/measures/{id}", id).then().statusCode(428)
                .body("type", equalTo("urn:planstatus:problem:precondition-required"));
        editor.session().header("If-Match", "\"41\"").body(body).put("/api/v1/measures/{id}", id).then()
                .statusCode(412).body("type", equalTo("urn:planstatus:problem:precondition-failed"));
        editor.session().delete("/api/v1/measures/{id}", id).then().statusCode(428);
    }

    @Test
    void shouldDeleteAMeasureWithItsResponsibilitiesButKeepItInTheHistory() {
        long id = plan.measureId(1, 2);
        given().get("/api/v1/measures/{id}", id).then().body("responsibilities", hasSize(2));
        String etag = given().get("/api/v1/measures/{id}", id).header("ETag");
        editor.session().header("If-Match", etag).delete("/api/v1/measures/{id}", id).then().statusCode(204);
        given().get("/api/v1/measures/{id}", id).then().statusCode(404);
        TestAccounts.create(Role.ADMIN, null).session()
                .queryParam("entityType", "measure").queryParam("entityId", id)
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("items[0].action", equalTo("DELETE"))
                .body("items[0].before", not(nullValue()));
    }

    @Test
    void shouldRefuseToDeleteAMeasureThatHasReports() {
        long id = plan.measureId(1, 1);
        String etag = given().get("/api/v1/measures/{id}", id).header("ETag");
        editor.session().header("If-Match", etag).delete("/api/v1/measures/{id}", id).then().statusCode(409)
                .body("type", equalTo("urn:planstatus:problem:conflict"));
        given().get("/api/v1/measures/{id}", id).then().statusCode(200);
    }
}
