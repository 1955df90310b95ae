package no.planstatus.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.planstatus.audit.AuditEvent;
import no.planstatus.security.Role;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActionPlanEditingTest {

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
    void shouldCreateUpdateAndDeleteAnActionPlanWithVersionsAndAudit() {
        String code = "N" + plan.suffix();
        Response created = editor.session().body(newPlan(code, 2033, 2034)).post("/api/v1/action-plans");
        created.then()
                .statusCode(201)
                .header("ETag", "\"0-gzip\"")
                .body("code", equalTo(code))
                .body("version", equalTo(0))
                .body("strategicPlanId", equalTo((int) plan.strategicPlanId()))
                .body("periodStart", equalTo(2033))
                .body("adoptedOn", equalTo("2033-05"))
                .body("introduction", nullValue());
        long id = created.jsonPath().getLong("id");
        created.then().header("Location", endsWith("/api/v1/action-plans/" + id));
        given().get("/api/v1/action-plans/{id}", id).then().statusCode(200).header("ETag", "\"0-gzip\"");

        editor.bearer().header("If-Match", "\"0\"")
                .body(update("Revidert handlingsplan", 2033, 2034, "2033-06-15"))
                .put("/api/v1/action-plans/{id}", id).then()
                .statusCode(200)
                .header("ETag", "\"1-gzip\"")
                .body("version", equalTo(1))
                .body("code", equalTo(code))
                .body("title", equalTo("Revidert handlingsplan"))
                .body("adoptedOn", equalTo("2033-06-15"));

        editor.session().header("If-Match", "\"1\"").delete("/api/v1/action-plans/{id}", id).then().statusCode(204);
        given().get("/api/v1/action-plans/{id}", id).then().statusCode(404);
        assertEquals(List.of("CREATE", "UPDATE", "DELETE"), auditActions(id));
    }

    @Test
    void shouldRejectStaleOrMissingIfMatch() {
        editor.session().header("If-Match", "\"41\"").body(update("Ny tittel", 2031, 2032, null))
                .put("/api/v1/action-plans/{id}", plan.actionPlanId()).then()
                .statusCode(412)
                .header("ETag", "\"0\"")
                .body("type", equalTo("urn:planstatus:problem:precondition-failed"));
        editor.session().body(update("Ny tittel", 2031, 2032, null))
                .put("/api/v1/action-plans/{id}", plan.actionPlanId()).then()
                .statusCode(428)
                .body("type", equalTo("urn:planstatus:problem:precondition-required"));
        editor.session().delete("/api/v1/action-plans/{id}", plan.actionPlanId()).then().statusCode(428);
    }

    @Test
    void shouldRejectAPeriodOutsideTheStrategicPlan() {
        editor.session().body(newPlan("A" + plan.suffix(), 2029, 2035)).post("/api/v1/action-plans").then()
                .statusCode(400)
                .body("type", equalTo("urn:planstatus:problem:bad-request"))
                .body("violations.field", containsInAnyOrder("periodStart", "periodEnd"))
                .body("violations[0].message",
                        equalTo("må ligge innenfor den strategiske planens periode (2030–2034)"));
        editor.session().header("If-Match", "\"0\"").body(update("Baklengs", 2032, 2031, null))
                .put("/api/v1/action-plans/{id}", plan.actionPlanId()).then()
                .statusCode(400)
                .body("violations.field", contains("periodEnd"))
                .body("violations[0].message", equalTo("kan ikke være før startåret"));
    }

    @Test
    void shouldRejectInvalidFieldsByName() {
        Map<String, Object> body = newPlan("ugyldig kode", 2033, 2034);
        body.put("adoptedOn", "2033-02-30");
        body.put("title", " ");
        editor.session().body(body).post("/api/v1/action-plans").then()
                .statusCode(400)
                .body("violations.field", containsInAnyOrder("adoptedOn", "code", "title"))
                .body("violations.find { it.field == 'adoptedOn' }.message",
                        equalTo("må være en dato (ÅÅÅÅ-MM-DD) eller en måned (ÅÅÅÅ-MM)"));
        Map<String, Object> unknownPlan = newPlan("B" + plan.suffix(), 2033, 2034);
        unknownPlan.put("strategicPlanId", 987654321L);
        editor.session().body(unknownPlan).post("/api/v1/action-plans").then()
                .statusCode(400)
                .body("violations.field", contains("strategicPlanId"));
    }

    @Test
    void shouldKeepTheCodeOnceCreated() {
        Map<String, Object> body = update("Ny tittel", 2031, 2032, null);
        body.put("code", "ny-kode");
        editor.session().header("If-Match", "\"0\"").body(body)
                .put("/api/v1/action-plans/{id}", plan.actionPlanId()).then()
                .statusCode(400)
                .body("violations.field", contains("code"));
    }

    @Test
    void shouldAnswerConflictForATakenCodeAndForDeletingAPlanWithMeasures() {
        editor.session().body(newPlan(plan.actionPlanCode(), 2033, 2034)).post("/api/v1/action-plans").then()
                .statusCode(409)
                .body("type", equalTo("urn:planstatus:problem:conflict"))
                .body("violations.field", contains("code"));
        editor.session().header("If-Match", "\"0\"").delete("/api/v1/action-plans/{id}", plan.actionPlanId()).then()
                .statusCode(409)
                .body("type", equalTo("urn:planstatus:problem:conflict"));
    }

    private Map<String, Object> newPlan(String code, int start, int end) {
        Map<String, Object> body = update("Handlingsplan " + code, start, end, "2033-05");
        body.put("strategicPlanId", plan.strategicPlanId());
        body.put("code", code);
        return body;
    }

    private static Map<String, Object> update(String title, int start, int end, String adoptedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("periodStart", start);
        body.put("periodEnd", end);
        body.put("adoptedBy", "Testrådet");
        body.put("adoptedOn", adoptedOn);
        body.put("introduction", "  ");
        return body;
    }

    private static List<String> auditActions(long id) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list(
                "entityType = ?1 and entityId = ?2 order by occurredAt, id", "action-plan", id).stream()
                .map(event -> event.action.name()).toList());
    }
}
