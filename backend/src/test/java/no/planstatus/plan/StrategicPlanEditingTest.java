package no.planstatus.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
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
class StrategicPlanEditingTest {

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
    void shouldUpdateAStrategicPlanWithItsETagAndAuditIt() {
        given().get("/api/v1/strategic-plans/{id}", plan.strategicPlanId()).then()
                .statusCode(200)
                .header("ETag", "\"0-gzip\"")
                .body("version", equalTo(0));

        editor.bearer().header("If-Match", "\"0\"").body(update("Ny strategisk plan", 2030, 2035))
                .put("/api/v1/strategic-plans/{id}", plan.strategicPlanId()).then()
                .statusCode(200)
                .header("ETag", "\"1-gzip\"")
                .body("version", equalTo(1))
                .body("title", equalTo("Ny strategisk plan"))
                .body("periodEnd", equalTo(2035))
                .body("adoptedOn", equalTo("2030-06-20"))
                .body("adoptedBy", nullValue())
                .body("closingStatement", equalTo("Kommunene følger opp."))
                .body("actionPlans.code", contains(plan.actionPlanCode()));
        given().get("/api/v1/strategic-plans").then()
                .statusCode(200)
                .body("items.find { it.id == " + plan.strategicPlanId() + " }.version", equalTo(1));
        List<String> changed = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list(
                "entityType = ?1 and entityId = ?2", "strategic-plan", plan.strategicPlanId()).stream()
                .map(event -> event.action.name() + " " + event.actorType).toList());
        assertEquals(List.of("UPDATE TOKEN"), changed);
    }

    @Test
    void shouldRejectStaleOrMissingIfMatch() {
        editor.session().header("If-Match", "\"7\"").body(update("Ny", 2030, 2034))
                .put("/api/v1/strategic-plans/{id}", plan.strategicPlanId()).then()
                .statusCode(412)
                .body("type", equalTo("urn:planstatus:problem:precondition-failed"));
        editor.session().body(update("Ny", 2030, 2034))
                .put("/api/v1/strategic-plans/{id}", plan.strategicPlanId()).then()
                .statusCode(428)
                .body("type", equalTo("urn:planstatus:problem:precondition-required"));
    }

    @Test
    void shouldKeepEveryActionPlanInsideThePeriod() {
        editor.session().header("If-Match", "\"0\"").body(update("Ny", 2032, 2031))
                .put("/api/v1/strategic-plans/{id}", plan.strategicPlanId()).then()
                .statusCode(400)
                .body("violations.field", contains("periodStart", "periodEnd"))
                .body("violations[0].message",
                        equalTo("kan ikke være etter første år i handlingsplan " + plan.actionPlanCode()))
                .body("violations[1].message", equalTo("kan ikke være før startåret"));
        editor.session().header("If-Match", "\"0\"").body(update("Ny", 2030, 2031))
                .put("/api/v1/strategic-plans/{id}", plan.strategicPlanId()).then()
                .statusCode(400)
                .body("violations.field", contains("periodEnd"));
    }

    @Test
    void shouldRejectUnknownPlansAndInvalidDates() {
        Map<String, Object> body = update("Ny", 2030, 2034);
        body.put("adoptedOn", "juni 2030");
        editor.session().header("If-Match", "\"0\"").body(body)
                .put("/api/v1/strategic-plans/{id}", plan.strategicPlanId()).then()
                .statusCode(400)
                .body("violations.field", contains("adoptedOn"));
        editor.session().header("If-Match", "\"0\"").body(update("Ny", 2030, 2034))
                .put("/api/v1/strategic-plans/{id}", 987654321L).then()
                .statusCode(404)
                .body("type", equalTo("urn:planstatus:problem:not-found"));
    }

    private static Map<String, Object> update(String title, int start, int end) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("periodStart", start);
        body.put("periodEnd", end);
        body.put("adoptedBy", "");
        body.put("adoptedOn", "2030-06-20");
        body.put("closingStatement", " Kommunene følger opp. ");
        return body;
    }
}
