package no.planstatus.period;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.planstatus.security.Role;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportingPeriodsTest {

    @Inject
    TestPlans plans;

    private TestPlans.Created plan;
    private TestAccounts.Credentials editor;

    @BeforeEach
    void createPlanAndEditor() {
        plan = plans.create(List.of());
        editor = TestAccounts.create(Role.EDITOR, null);
    }

    @Test
    void shouldGiveAnImportedPlanTwoTertialsAndAnAnnualReportPerYear() {
        given().get("/api/v1/action-plans/{id}/periods", plan.actionPlanId()).then()
                .statusCode(200)
                .body("items.label", contains("1. tertial 2031", "2. tertial 2031", "Årsrapport 2031",
                        "1. tertial 2032", "2. tertial 2032", "Årsrapport 2032"))
                .body("items.kind", contains("TERTIAL", "TERTIAL", "ANNUAL", "TERTIAL", "TERTIAL", "ANNUAL"))
                .body("items[0].startsOn", equalTo("2031-01-01"))
                .body("items[0].endsOn", equalTo("2031-04-30"))
                .body("items[0].dueOn", equalTo("2031-06-01"))
                .body("items[1].startsOn", equalTo("2031-05-01"))
                .body("items[1].endsOn", equalTo("2031-08-31"))
                .body("items[1].dueOn", equalTo("2031-10-01"))
                .body("items[2].startsOn", equalTo("2031-01-01"))
                .body("items[2].endsOn", equalTo("2031-12-31"))
                .body("items[2].dueOn", equalTo("2032-02-01"))
                .body("items.locked", not(hasItem(true)));
        given().get("/api/v1/action-plans/{id}/periods", 987654321L).then().statusCode(404);
    }

    @Test
    void shouldGeneratePeriodsForAnEditorsPlanAndAddTheMissingOnesWhenItsYearsGrow() {
        Map<String, Object> body = new HashMap<>();
        body.put("strategicPlanId", plan.strategicPlanId());
        body.put("code", "P" + plan.suffix());
        body.put("title", "Ny handlingsplan");
        body.put("periodStart", 2033);
        body.put("periodEnd", 2033);
        long id = editor.session().body(body).post("/api/v1/action-plans").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        given().get("/api/v1/action-plans/{id}/periods", id).then()
                .body("items.label", contains("1. tertial 2033", "2. tertial 2033", "Årsrapport 2033"));
        long first = TestPlans.periodId(id, "1. tertial 2033");
        editor.session().header("If-Match", "\"0\"").body(period("T1 2033", "2033-01-01", "2033-04-30", "2033-06-01",
                false)).put("/api/v1/periods/{id}", first).then().statusCode(200);

        body.remove("code");
        body.remove("strategicPlanId");
        body.put("periodEnd", 2034);
        editor.session().header("If-Match", "\"0\"").body(body).put("/api/v1/action-plans/{id}", id).then()
                .statusCode(200);

        given().get("/api/v1/action-plans/{id}/periods", id).then()
                .body("items.label", contains("T1 2033", "2. tertial 2033", "Årsrapport 2033", "1. tertial 2034",
                        "2. tertial 2034", "Årsrapport 2034"));
    }

    @Test
    void shouldChangeAndLockAPeriodWithItsVersion() {
        long id = TestPlans.periodId(plan.actionPlanId(), "2. tertial 2031");
        editor.session().header("If-Match", "\"0\"")
                .body(period("2. tertial 2031 (revidert)", "2031-05-01", "2031-09-15", "2031-10-15", true))
                .put("/api/v1/periods/{id}", id).then()
                .statusCode(200)
                .header("ETag", "\"1-gzip\"")
                .body("label", equalTo("2. tertial 2031 (revidert)"))
                .body("endsOn", equalTo("2031-09-15"))
                .body("dueOn", equalTo("2031-10-15"))
                .body("locked", equalTo(true))
                .body("kind", equalTo("TERTIAL"));
        editor.session().header("If-Match", "\"0\"")
                .body(period("Gammel", "2031-05-01", "2031-08-31", null, false))
                .put("/api/v1/periods/{id}", id).then().statusCode(412);
        editor.session().body(period("Uten versjon", "2031-05-01", "2031-08-31", null, false))
                .put("/api/v1/periods/{id}", id).then().statusCode(428);
        given().get("/api/v1/measures/{id}/history", plan.measureId(1, 1)).then().statusCode(200);
    }

    @Test
    void shouldRejectDatesInTheWrongOrderOrOutsideThePlanAndATakenLabel() {
        long id = TestPlans.periodId(plan.actionPlanId(), "1. tertial 2031");
        editor.session().header("If-Match", "\"0\"")
                .body(period("1. tertial 2031", "2030-12-01", "2030-11-30", null, false))
                .put("/api/v1/periods/{id}", id).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("startsOn", "endsOn"))
                .body("violations.find { it.field == 'startsOn' }.message",
                        equalTo("må ligge innenfor handlingsplanens periode, 1. januar 2031 til 31. desember 2032"))
                .body("violations.find { it.field == 'endsOn' }.message",
                        equalTo("kan ikke være før startdatoen (1. desember 2030)"));
        editor.session().header("If-Match", "\"0\"")
                .body(period("årsrapport 2031", "2031-01-01", "2031-04-30", null, false))
                .put("/api/v1/periods/{id}", id).then()
                .statusCode(409)
                .body("type", equalTo("urn:planstatus:problem:conflict"))
                .body("detail", equalTo("Handlingsplanen har allerede en periode som heter «årsrapport 2031»."))
                .body("violations.field", contains("label"));
        editor.session().body(Map.of("label", " ", "startsOn", "2031-01-01"))
                .post("/api/v1/action-plans/{id}/periods", plan.actionPlanId()).then()
                .statusCode(400)
                .body("violations.field", containsInAnyOrder("label", "endsOn"));
    }

    @Test
    void shouldAddAnExtraPeriodOfKindOther() {
        Response created = editor.session().body(Map.of("label", "Halvår 2032", "startsOn", "2032-01-01",
                "endsOn", "2032-06-30", "dueOn", "2032-08-15"))
                .post("/api/v1/action-plans/{id}/periods", plan.actionPlanId());
        created.then()
                .statusCode(201)
                .header("ETag", "\"0-gzip\"")
                .body("kind", equalTo("OTHER"))
                .body("actionPlanId", equalTo((int) plan.actionPlanId()))
                .body("locked", equalTo(false));
        long id = created.jsonPath().getLong("id");
        created.then().header("Location", endsWith("/api/v1/periods/" + id));
        given().get("/api/v1/action-plans/{id}/periods", plan.actionPlanId()).then()
                .body("items.label", contains("1. tertial 2031", "2. tertial 2031", "Årsrapport 2031",
                        "1. tertial 2032", "Halvår 2032", "2. tertial 2032", "Årsrapport 2032"));
        editor.session().body(Map.of("label", "Halvår 2032", "startsOn", "2032-01-01", "endsOn", "2032-06-30"))
                .post("/api/v1/action-plans/{id}/periods", plan.actionPlanId()).then().statusCode(409);
    }

    @Test
    void shouldShowTheReportsPeriodAndRefuseALockedPeriodOrOneOfAnotherPlan() {
        long measure = plan.measureId(1, 1);
        long second = TestPlans.periodId(plan.actionPlanId(), "2. tertial 2031");
        long reportId = editor.session().body(report(second, "2031-08-31", "Godt i gang"))
                .post("/api/v1/measures/{id}/reports", measure).then()
                .statusCode(201)
                .body("periodId", equalTo((int) second))
                .body("period", equalTo("2. tertial 2031"))
                .extract().jsonPath().getLong("id");
        given().get("/api/v1/measures/{id}", measure).then().body("currentStatus.period", equalTo("2. tertial 2031"));

        editor.session().header("If-Match", "\"0\"")
                .body(period("2. tertial 2031", "2031-05-01", "2031-08-31", "2031-10-01", true))
                .put("/api/v1/periods/{id}", second).then().statusCode(200);
        editor.session().body(report(second, "2031-08-31", "For sent"))
                .post("/api/v1/measures/{id}/reports", measure).then()
                .statusCode(409)
                .body("type", equalTo("urn:planstatus:problem:conflict"))
                .body("detail", equalTo("Perioden «2. tertial 2031» er låst; rapporter for den kan ikke skrives "
                        + "eller rettes. En redaktør kan låse den opp."));
        long first = TestPlans.periodId(plan.actionPlanId(), "1. tertial 2031");
        editor.session().header("If-Match", "\"0\"").body(report(first, "2031-04-30", "Flyttet"))
                .put("/api/v1/measures/{id}/reports/{report}", measure, reportId).then()
                .statusCode(409);

        TestPlans.Created other = plans.create(List.of());
        long foreign = TestPlans.periodId(other.actionPlanId(), "1. tertial 2031");
        for (Object periodId : new Object[] {foreign, 987654321L}) {
            editor.session().body(report((Long) periodId, "2031-04-30", "Feil plan"))
                    .post("/api/v1/measures/{id}/reports", measure).then()
                    .statusCode(400)
                    .body("violations.field", contains("periodId"))
                    .body("violations[0].message", equalTo("må være en av handlingsplanens perioder"));
        }
        Map<String, Object> freeText = report(first, "2031-04-30", "Fritekst");
        freeText.put("period", "banan");
        editor.session().body(freeText).post("/api/v1/measures/{id}/reports", measure).then()
                .statusCode(400)
                .body("violations.field", contains("period"));
        given().get("/api/v1/measures/{id}/reports", measure).then().body("items.text", contains("Godt i gang"))
                .body("items[0].updatedAt", nullValue());
    }

    private static Map<String, Object> period(String label, String startsOn, String endsOn, String dueOn,
            boolean locked) {
        Map<String, Object> body = new HashMap<>();
        body.put("label", label);
        body.put("startsOn", startsOn);
        body.put("endsOn", endsOn);
        body.put("dueOn", dueOn);
        body.put("locked", locked);
        return body;
    }

    private static Map<String, Object> report(long periodId, String date, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("periodId", periodId);
        body.put("reportDate", date);
        body.put("status", "IN_PROGRESS");
        body.put("assessment", "ON_TRACK");
        body.put("text", text);
        return body;
    }
}
