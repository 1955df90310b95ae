package no.planstatus.measure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.planstatus.security.Role;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The plan order and the current status of measures follow edits of goals, action plans and reports. */
@QuarkusTest
class PlanOrderAndStatusTest {

    @Inject
    TestPlans plans;

    private TestAccounts.Credentials editor;

    @BeforeEach
    void signIn() {
        editor = TestAccounts.create(Role.EDITOR, null);
    }

    @Test
    void shouldFollowARenumberedGoalInTheListAndOnEveryPage() {
        TestPlans.Created plan = plans.create(List.of());
        assertEquals(List.of(plan.reference(1, 1), plan.reference(1, 2), plan.reference(2, 1)),
                references("actionPlan=" + plan.actionPlanId(), 500));

        JsonPath goals = given().queryParam("strategicPlan", plan.strategicPlanId()).get("/api/v1/goals").then()
                .statusCode(200).extract().jsonPath();
        Map<String, Object> moveGoalTwoFirst = new HashMap<>();
        moveGoalTwoFirst.put("sectionId", goals.getLong("items[1].section.id"));
        moveGoalTwoFirst.put("text", goals.getString("items[1].text"));
        moveGoalTwoFirst.put("position", 1);
        editor.session().header("If-Match", "\"0\"").body(moveGoalTwoFirst)
                .put("/api/v1/goals/{id}", goals.getLong("items[1].id")).then().statusCode(200);

        List<String> expected = List.of(plan.reference(2, 1), plan.reference(1, 1), plan.reference(1, 2));
        assertEquals(expected, references("actionPlan=" + plan.actionPlanId(), 500));
        assertEquals(expected, references("actionPlan=" + plan.actionPlanId(), 1), "page by page, one at a time");
        given().get("/api/v1/measures/{id}", plan.measureId(2, 1)).then().body("goal.number", equalTo(1));
    }

    @Test
    void shouldListANewerActionPlanFirstOnceItsPeriodIsMoved() {
        TestPlans.Created older = plans.create(List.of());
        TestPlans.Created newer = plans.create(List.of());
        List<String> before = references("", 500);
        assertTrue(before.indexOf(older.reference(1, 1)) < before.indexOf(newer.reference(1, 1)),
                "same period: the plan created first comes first");

        Map<String, Object> body = new HashMap<>();
        body.put("title", "Flyttet handlingsplan");
        body.put("periodStart", 2033);
        body.put("periodEnd", 2034);
        body.put("adoptedBy", "Testrådet");
        body.put("adoptedOn", "2033-01-10");
        editor.session().header("If-Match", "\"0\"").body(body)
                .put("/api/v1/action-plans/{id}", newer.actionPlanId()).then().statusCode(200);

        List<String> after = references("", 500);
        assertTrue(after.indexOf(newer.reference(2, 1)) < after.indexOf(older.reference(1, 1)),
                "the plan starting in 2033 comes before the one starting in 2031");
        assertEquals(List.of(newer.reference(1, 1), newer.reference(1, 2), newer.reference(2, 1)),
                after.stream().filter(r -> r.startsWith(newer.actionPlanCode() + "/")).toList());
    }

    @Test
    void shouldTakeStatusFromTheNewestReportAlsoWhenAnOlderOneIsCorrected() {
        TestPlans.Created plan = plans.create(List.of());
        long measureId = plan.measureId(1, 1);
        periodMeasure = measureId;
        String reports = "/api/v1/measures/" + measureId + "/reports";
        long newest = editor.session().body(report("2031-05-01", "IN_PROGRESS", "ON_TRACK")).post(reports).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        long older = editor.session().body(report("2031-03-01", "POSTPONED", "OFF_TRACK")).post(reports).then()
                .statusCode(201).extract().jsonPath().getLong("id");

        given().get("/api/v1/measures/{id}", measureId).then()
                .body("currentStatus.status", equalTo("IN_PROGRESS"))
                .body("currentStatus.reportId", equalTo((int) newest));
        String inPlan = "actionPlan=" + plan.actionPlanId();
        assertEquals(List.of(plan.reference(1, 1)), references(inPlan + "&assessment=ON_TRACK", 500));
        assertEquals(List.of(plan.reference(1, 2), plan.reference(2, 1)),
                references(inPlan + "&status=NOT_REPORTED", 500));

        editor.session().header("If-Match", "\"0\"").body(report("2031-06-01", "POSTPONED", "OFF_TRACK"))
                .put(reports + "/{id}", older).then().statusCode(200);

        given().get("/api/v1/measures/{id}", measureId).then()
                .body("currentStatus.status", equalTo("POSTPONED"))
                .body("currentStatus.assessment", equalTo("OFF_TRACK"))
                .body("currentStatus.reportId", equalTo((int) older));
        assertEquals(List.of(), references(inPlan + "&assessment=ON_TRACK", 500));
        assertEquals(List.of(plan.reference(1, 1)), references(inPlan + "&status=POSTPONED", 500));
        given().get("/api/v1/parties/{id}", plan.leadPartyId()).then()
                .body("measures.measure.currentStatus.status", contains("POSTPONED", "NOT_REPORTED"));
    }

    private long periodMeasure;

    private Map<String, Object> report(String date, String status, String assessment) {
        return Map.of("periodId", TestPlans.periodOn(periodMeasure, date), "reportDate", date, "status", status, "assessment", assessment, "text", "Status " + date);
    }

    /** Every measure reference the list gives for the query, following nextCursor page by page. */
    private static List<String> references(String query, int limit) {
        List<String> all = new ArrayList<>();
        String cursor = null;
        do {
            String url = "/api/v1/measures?limit=" + limit + (query.isEmpty() ? "" : "&" + query)
                    + (cursor == null ? "" : "&cursor=" + cursor);
            JsonPath page = given().urlEncodingEnabled(false).get(url).then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items.reference", String.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return all;
    }
}
