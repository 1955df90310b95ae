package no.planstatus.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.planstatus.security.Role;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bad input of every kind gets a 4xx problem, never a 500, and changes nothing. The measure update is the probe;
 * the malformed-body checks also run against every write operation of the contract.
 */
@QuarkusTest
class BadInputTest {

    @Inject
    TestPlans plans;

    private TestAccounts.Credentials editor;
    private long measureId;
    private long goalId;
    private String etag;

    @BeforeEach
    void setUp() {
        editor = TestAccounts.create(Role.EDITOR, null);
        TestPlans.Created plan = plans.create(List.of());
        measureId = plan.measureId(1, 1);
        Response measure = given().get("/api/v1/measures/{id}", measureId);
        goalId = measure.jsonPath().getLong("goal.id");
        etag = measure.header("ETag");
    }

    private Response put(Object body) {
        return editor.session().header("If-Match", etag).body(body).put("/api/v1/measures/{id}", measureId);
    }

    private Map<String, Object> valid() {
        return new java.util.HashMap<>(Map.of("goalId", goalId, "text", "ny tekst", "responsibilityText", "Leder",
                "position", 1));
    }

    @Test
    void shouldNameTheFieldWithTheWrongType() {
        Map<String, Object> body = valid();
        body.put("goalId", "to");
        put(body).then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("goalId"))
                .body("violations[0].message", containsString("tall"));
        body = valid();
        body.put("position", List.of(1));
        put(body).then().statusCode(400).body("violations[0].field", equalTo("position"));
    }

    @Test
    void shouldListEveryMissingField() {
        put(Map.of()).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder(
                        "goalId", "text", "responsibilityText", "position"));
    }

    @Test
    void shouldRejectOverlongText() {
        Map<String, Object> body = valid();
        body.put("text", "x".repeat(4001));
        put(body).then().statusCode(400).body("violations.field", hasItem("text"))
                .body("violations.find { it.field == 'text' }.message", containsString("4000"));
    }

    @Test
    void shouldRejectUnknownFieldsIncludingServerOwnedOnes() {
        Map<String, Object> body = valid();
        body.put("version", 99);
        put(body).then().statusCode(400).body("violations[0].field", equalTo("version"));
        body = valid();
        body.put("currentStatus", Map.of("status", "COMPLETED"));
        put(body).then().statusCode(400).body("violations[0].field", equalTo("currentStatus"));
    }

    @Test
    void shouldRejectAFieldGivenTwiceInsteadOfKeepingTheLast() {
        put("{\"goalId\": " + goalId + ", \"text\": \"første\", \"text\": \"andre\", "
                + "\"responsibilityText\": \"Leder\", \"position\": 1}").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("text"))
                .body("violations[0].message", equalTo("står flere ganger i samme objekt"));
        given().get("/api/v1/measures/{id}", measureId).then().header("ETag", equalTo(etag));
    }

    @Test
    void shouldRejectMalformedJsonWrongContentTypeAndHugeBodies() {
        put("{\"goalId\": ").then().statusCode(400).contentType("application/problem+json");
        editor.session().header("If-Match", etag).contentType("text/plain").body("tekst")
                .put("/api/v1/measures/{id}", measureId).then()
                .statusCode(415).contentType("application/problem+json");
        put("{\"text\": \"" + "x".repeat(300_000) + "\"}").then()
                .statusCode(413).contentType("application/problem+json");
    }

    @Test
    void shouldLeaveTheMeasureUntouchedAfterBadInput() {
        String before = given().get("/api/v1/measures/{id}", measureId).asString();
        put(Map.of("text", "")).then().statusCode(400);
        put("[]").then().statusCode(400);
        assertEquals(before, given().get("/api/v1/measures/{id}", measureId).asString());
    }

    @Test
    void everyWriteOperationWithABodyShouldAnswerMalformedBodiesWith4xxProblems() throws Exception {
        List<String> failures = new ArrayList<>();
        for (var op : no.planstatus.security.AuthorizationMatrixTestAccess.writeOperations()) {
            if (!op.hasBody()) {
                continue;
            }
            String path = op.path().replace("{measureId}", String.valueOf(measureId))
                    .replaceAll("\\{[^}]+}", String.valueOf(measureId));
            for (String body : List.of("{\"a\":", "[1,2]", "\"text\"", "{\"unknownField\": true}", "null")) {
                Response response = editor.session().header("If-Match", "\"0\"").body(body)
                        .request(op.method(), path);
                int status = response.statusCode();
                boolean problem = response.contentType().startsWith("application/problem+json");
                if (status < 400 || status >= 500 || !problem) {
                    failures.add(op.method() + " " + op.path() + " with " + body + " → " + status + " "
                            + response.asString());
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
