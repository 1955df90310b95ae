package no.planstatus.responsibility;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
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
class ResponsibilityEditingTest {

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
    void shouldAddReorderAndRemoveResponsibilitiesWithoutTouchingTheAnsvarLine() {
        long measureId = plan.measureId(2, 1);
        String base = "/api/v1/measures/" + measureId + "/responsibilities";

        Response created = editor.session()
                .body(Map.of("partyId", plan.leadPartyId(), "role", "PARTNER", "wording", " "))
                .post(base);
        created.then()
                .statusCode(201)
                .header("ETag", "\"0-gzip\"")
                .body("version", equalTo(0))
                .body("party.id", equalTo((int) plan.leadPartyId()))
                .body("role", equalTo("PARTNER"))
                .body("wording", equalTo("Leder " + plan.suffix()));
        long id = created.jsonPath().getLong("id");
        created.then().header("Location", endsWith(base + "/" + id));
        given().get(base + "/{id}", id).then().statusCode(200).header("ETag", "\"0-gzip\"");
        given().get("/api/v1/measures/{id}", measureId).then()
                .statusCode(200)
                .body("responsibilityText", equalTo("Partner"))
                .body("responsibilities.party.slug", contains(plan.partnerSlug(), plan.leadSlug()))
                .body("responsibilities[1].id", equalTo((int) id));

        editor.bearer().header("If-Match", "\"0\"").body(update("LEAD", "leder", 1)).put(base + "/{id}", id).then()
                .statusCode(200)
                .header("ETag", "\"1-gzip\"")
                .body("version", equalTo(1))
                .body("role", equalTo("LEAD"))
                .body("wording", equalTo("leder"));
        given().get(base).then()
                .statusCode(200)
                .body("items.party.slug", contains(plan.leadSlug(), plan.partnerSlug()));

        editor.session().header("If-Match", "\"1\"").delete(base + "/{id}", id).then().statusCode(204);
        given().get(base + "/{id}", id).then().statusCode(404);
        given().get("/api/v1/measures/{id}", measureId).then()
                .body("responsibilityText", equalTo("Partner"))
                .body("responsibilities.party.slug", contains(plan.partnerSlug()));
        List<String> history = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list(
                "measureId = ?1 and entityType = ?2 order by occurredAt, id", measureId, "responsibility").stream()
                .map(event -> event.action.name() + " " + event.entityId).toList());
        assertEquals(List.of("CREATE " + id, "UPDATE " + id, "DELETE " + id), history);
    }

    @Test
    void shouldRejectStaleOrMissingIfMatch() {
        long measureId = plan.measureId(1, 1);
        long id = given().get("/api/v1/measures/{id}", measureId).then().extract().jsonPath()
                .getLong("responsibilities[0].id");
        String path = "/api/v1/measures/" + measureId + "/responsibilities/" + id;
        editor.session().header("If-Match", "\"9\"").body(update("LEAD", "Leder", 1)).put(path).then()
                .statusCode(412)
                .body("type", equalTo("urn:planstatus:problem:precondition-failed"));
        editor.session().body(update("LEAD", "Leder", 1)).put(path).then()
                .statusCode(428)
                .body("type", equalTo("urn:planstatus:problem:precondition-required"));
    }

    @Test
    void shouldAnswerConflictWhenThePartyAlreadyHasARole() {
        long measureId = plan.measureId(1, 2);
        editor.session().body(Map.of("partyId", plan.partnerPartyId(), "role", "LEAD"))
                .post("/api/v1/measures/{id}/responsibilities", measureId).then()
                .statusCode(409)
                .body("type", equalTo("urn:planstatus:problem:conflict"))
                .body("violations.field", contains("partyId"));
    }

    @Test
    void shouldRejectInvalidResponsibilitiesByField() {
        long measureId = plan.measureId(1, 1);
        editor.session().body(Map.of("partyId", 987654321L, "role", "LEAD"))
                .post("/api/v1/measures/{id}/responsibilities", measureId).then()
                .statusCode(400)
                .body("violations.field", contains("partyId"));
        editor.session().body(Map.of("partyId", plan.partnerPartyId(), "role", "SPONSOR"))
                .post("/api/v1/measures/{id}/responsibilities", measureId).then()
                .statusCode(400)
                .body("violations.field", contains("role"));
        editor.session().body(Map.of("partyId", plan.partnerPartyId(), "role", "LEAD"))
                .post("/api/v1/measures/{id}/responsibilities", 987654321L).then()
                .statusCode(404)
                .body("type", equalTo("urn:planstatus:problem:not-found"));
    }

    @Test
    void shouldNotReachAResponsibilityThroughAnotherMeasure() {
        long otherMeasure = plan.measureId(2, 1);
        long id = given().get("/api/v1/measures/{id}", plan.measureId(1, 1)).then().extract().jsonPath()
                .getLong("responsibilities[0].id");
        given().get("/api/v1/measures/{m}/responsibilities/{id}", otherMeasure, id).then().statusCode(404);
        editor.session().header("If-Match", "\"0\"")
                .delete("/api/v1/measures/{m}/responsibilities/{id}", otherMeasure, id).then()
                .statusCode(404)
                .body("type", equalTo("urn:planstatus:problem:not-found"));
    }

    private static Map<String, Object> update(String role, String wording, int position) {
        Map<String, Object> body = new HashMap<>();
        body.put("role", role);
        body.put("wording", wording);
        body.put("position", position);
        return body;
    }
}
