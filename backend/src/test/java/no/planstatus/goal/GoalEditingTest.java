package no.planstatus.goal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.planstatus.audit.AuditEvent;
import no.planstatus.security.Role;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestPlans;
import no.planstatus.transfer.PlanDocument;
import no.planstatus.transfer.PlanImporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GoalEditingTest {

    @Inject
    TestPlans plans;

    @Inject
    PlanImporter importer;

    private TestAccounts.Credentials editor;

    @BeforeEach
    void createEditor() {
        editor = TestAccounts.create(Role.EDITOR, null);
    }

    @Test
    void shouldNumberANewGoalAfterItsSectionAndCloseTheGapWhenItIsDeleted() {
        long planId = twoSectionPlan();
        JsonPath before = goals(planId);
        long firstSection = before.getLong("items[0].section.id");

        Response created = editor.session()
                .body(Map.of("strategicPlanId", planId, "sectionId", firstSection, "text", "  Nytt mål  ",
                        "interestPolicy", Map.of("heading", "Saker:", "matters", List.of("x", " y "))))
                .post("/api/v1/goals");
        created.then()
                .statusCode(201)
                .header("ETag", "\"0-gzip\"")
                .body("number", equalTo(3))
                .body("text", equalTo("Nytt mål"))
                .body("section.id", equalTo((int) firstSection))
                .body("interestPolicy.heading", equalTo("Saker:"))
                .body("interestPolicy.matters", contains("x", "y"))
                .body("measures", empty());
        long id = created.jsonPath().getLong("id");
        created.then().header("Location", endsWith("/api/v1/goals/" + id));
        given().get("/api/v1/goals/{id}", id).then().statusCode(200).header("ETag", "\"0-gzip\"");
        JsonPath after = goals(planId);
        assertEquals(List.of("A1", "A2", "Nytt mål", "B1"), after.getList("items.text"));
        assertEquals(List.of(1, 2, 3, 4), after.getList("items.number"));
        assertEquals(before.getInt("items[2].version") + 1, after.getInt("items[3].version"));

        editor.bearer().header("If-Match", "\"0\"").delete("/api/v1/goals/{id}", id).then().statusCode(204);
        given().get("/api/v1/goals/{id}", id).then().statusCode(404);
        assertEquals(List.of(1, 2, 3), goals(planId).getList("items.number"));
        assertEquals(List.of("CREATE", "DELETE"), auditActions(id));
    }

    @Test
    void shouldNumberGoalsCreatedAtTheSameTimeOneAfterAnother() throws Exception {
        long planId = twoSectionPlan();
        long firstSection = goals(planId).getLong("items[0].section.id");
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String text = "Samtidig " + i;
                statuses.add(clients.submit(() -> editor.bearer()
                        .body(Map.of("strategicPlanId", planId, "sectionId", firstSection, "text", text))
                        .post("/api/v1/goals").statusCode()));
            }
            for (Future<Integer> status : statuses) {
                assertEquals(201, status.get(30, TimeUnit.SECONDS));
            }
        } finally {
            clients.shutdown();
        }
        JsonPath after = goals(planId);
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), after.getList("items.number"));
        assertEquals("B1", after.getString("items[6].text"));
    }

    @Test
    void shouldMoveAGoalAndRenumberTheOthersButKeepMeasureReferences() {
        TestPlans.Created plan = plans.create(List.of());
        JsonPath before = goals(plan.strategicPlanId());
        long goalOne = before.getLong("items[0].id");
        long goalTwo = before.getLong("items[1].id");
        Map<String, Object> body = update(before.getLong("items[1].section.id"), "mål to flyttet", 1);
        body.put("interestPolicy", Map.of("heading", "Saker:", "matters", List.of("a", "b")));

        editor.session().header("If-Match", "\"0\"").body(body).put("/api/v1/goals/{id}", goalTwo).then()
                .statusCode(200)
                .header("ETag", "\"1-gzip\"")
                .body("version", equalTo(1))
                .body("number", equalTo(1))
                .body("text", equalTo("mål to flyttet"))
                .body("measures.reference", contains(plan.reference(2, 1)))
                .body("measures[0].goal.number", equalTo(1));

        JsonPath after = goals(plan.strategicPlanId());
        assertEquals(List.of(goalTwo, goalOne), after.getList("items.id", Long.class));
        assertEquals(List.of(1, 2), after.getList("items.number"));
        assertEquals(1, after.getInt("items[1].version"));
        given().get("/api/v1/measures/{id}", plan.measureId(1, 1)).then()
                .statusCode(200)
                .body("reference", equalTo(plan.reference(1, 1)))
                .body("goal.number", equalTo(2));
        String audited = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list(
                "entityType = ?1 and entityId = ?2", "goal", goalTwo).get(0).afterJson);
        assertTrue(audited.contains("\"number\":1") && audited.contains("mål to flyttet"), audited);
    }

    @Test
    void shouldGiveANewVersionWhenOnlyTheInterestPolicyChanges() {
        TestPlans.Created plan = plans.create(List.of());
        JsonPath before = goals(plan.strategicPlanId());
        long goalTwo = before.getLong("items[1].id");
        Map<String, Object> body = update(before.getLong("items[1].section.id"), before.getString("items[1].text"), 2);
        body.put("interestPolicy", Map.of("heading", "Saker:", "matters", List.of("a", "b", "c")));

        editor.session().header("If-Match", "\"0\"").body(body).put("/api/v1/goals/{id}", goalTwo).then()
                .statusCode(200)
                .header("ETag", "\"1-gzip\"")
                .body("interestPolicy.matters", contains("a", "b", "c"));
        editor.session().header("If-Match", "\"1\"")
                .body(update(before.getLong("items[1].section.id"), before.getString("items[1].text"), 2))
                .put("/api/v1/goals/{id}", goalTwo).then()
                .statusCode(200)
                .header("ETag", "\"2-gzip\"")
                .body("interestPolicy", nullValue());
    }

    @Test
    void shouldRejectStaleOrMissingIfMatch() {
        TestPlans.Created plan = plans.create(List.of());
        JsonPath goals = goals(plan.strategicPlanId());
        Map<String, Object> body = update(goals.getLong("items[0].section.id"), "tekst", 1);
        editor.session().header("If-Match", "\"3\"").body(body)
                .put("/api/v1/goals/{id}", goals.getLong("items[0].id")).then()
                .statusCode(412)
                .body("type", equalTo("urn:planstatus:problem:precondition-failed"));
        editor.session().body(body).put("/api/v1/goals/{id}", goals.getLong("items[0].id")).then()
                .statusCode(428)
                .body("type", equalTo("urn:planstatus:problem:precondition-required"));
    }

    @Test
    void shouldRejectInvalidGoalsByField() {
        TestPlans.Created plan = plans.create(List.of());
        long otherPlansSection = goals(twoSectionPlan()).getLong("items[0].section.id");
        editor.session()
                .body(Map.of("strategicPlanId", plan.strategicPlanId(), "sectionId", otherPlansSection, "text", "x"))
                .post("/api/v1/goals").then()
                .statusCode(400)
                .body("violations.field", contains("sectionId"));
        editor.session()
                .body(Map.of("strategicPlanId", plan.strategicPlanId(), "sectionId", otherPlansSection, "text", "",
                        "interestPolicy", Map.of("heading", " ", "matters", List.of())))
                .post("/api/v1/goals").then()
                .statusCode(400)
                .body("violations.field", containsInAnyOrder("text", "interestPolicy.heading"));
        JsonPath goals = goals(plan.strategicPlanId());
        Map<String, Object> body = update(goals.getLong("items[0].section.id"), "tekst", 1);
        body.put("interestPolicy", Map.of("heading", "Saker:", "matters", List.of("a", " ")));
        editor.session().header("If-Match", "\"0\"").body(body)
                .put("/api/v1/goals/{id}", goals.getLong("items[0].id")).then()
                .statusCode(400)
                .body("violations.field", contains("interestPolicy.matters[1]"))
                .body("violations[0].message", equalTo("må fylles ut"));
    }

    @Test
    void shouldRefuseToDeleteAGoalWithMeasures() {
        TestPlans.Created plan = plans.create(List.of());
        long goalOne = goals(plan.strategicPlanId()).getLong("items[0].id");
        editor.session().header("If-Match", "\"0\"").delete("/api/v1/goals/{id}", goalOne).then()
                .statusCode(409)
                .body("type", equalTo("urn:planstatus:problem:conflict"));
    }

    private static Map<String, Object> update(long sectionId, String text, int position) {
        Map<String, Object> body = new HashMap<>();
        body.put("sectionId", sectionId);
        body.put("text", text);
        body.put("position", position);
        return body;
    }

    private static JsonPath goals(long strategicPlanId) {
        return given().queryParam("strategicPlan", strategicPlanId).get("/api/v1/goals").then().statusCode(200)
                .extract().jsonPath();
    }

    /** A plan without action plans whose goals 1 and 2 are in section A and goal 3 in section B. */
    private long twoSectionPlan() {
        String code = "G" + UUID.randomUUID().toString().substring(0, 8);
        importer.importNew(new PlanDocument(PlanDocument.FORMAT, new PlanDocument.Council("Målrådet " + code, null),
                List.of(),
                new PlanDocument.StrategicPlan(code, "Plan " + code, 2030, 2034, null, null, null, List.of(
                        new PlanDocument.Section("A", List.of(new PlanDocument.Goal(1, "A1", null),
                                new PlanDocument.Goal(2, "A2", null))),
                        new PlanDocument.Section("B", List.of(new PlanDocument.Goal(3, "B1", null))))),
                List.of()));
        return given().get("/api/v1/strategic-plans").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.code == '" + code + "' }.id");
    }

    private static List<String> auditActions(long id) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list(
                "entityType = ?1 and entityId = ?2 order by occurredAt, id", "goal", id).stream()
                .map(event -> event.action.name()).toList());
    }
}
