package no.planstatus.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every error is application/problem+json with a clear message, never HTML, a stack trace or a class name. */
@QuarkusTest
class ProblemResponsesTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/strategic-plans/", "/api/v1/action-plans/", "/api/v1/goals/",
            "/api/v1/measures/", "/api/v1/parties/"})
    void shouldAnswerUnknownIdWith404Problem(String collection) {
        problem(given().get(collection + "987654321"), 404, "urn:planstatus:problem:not-found")
                .body("detail", containsString("987654321"))
                .body("instance", equalTo(collection + "987654321"));
    }

    @Test
    void shouldAnswerReportsOfUnknownMeasureWith404Problem() {
        problem(given().get("/api/v1/measures/987654321/reports"), 404, "urn:planstatus:problem:not-found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/strategic-plans/abc", "/api/v1/action-plans/1.5", "/api/v1/goals/-3",
            "/api/v1/measures/0", "/api/v1/parties/99999999999999999999", "/api/v1/measures/x/reports"})
    void shouldAnswerMalformedIdWith400ProblemNamingTheParameter(String path) {
        problem(given().get(path), 400, "urn:planstatus:problem:invalid-parameter")
                .body("violations[0].field", path.endsWith("/reports") ? equalTo("measureId") : equalTo("id"))
                .body("violations[0].message", containsString("positivt heltall"));
    }

    @Test
    void shouldListEveryMalformedFilterAtOnce() {
        problem(given().queryParam("goal", "to").queryParam("party", "-1").queryParam("role", "lead")
                        .queryParam("status", "DONE").queryParam("actionPlan", "x").get("/api/v1/measures"),
                400, "urn:planstatus:problem:invalid-parameter")
                .body("violations.field", containsInAnyOrder(
                        "goal", "party", "role", "status", "actionPlan"))
                .body("violations.find { it.field == 'role' }.message", containsString("LEAD, PARTNER"))
                .body("violations.find { it.field == 'status' }.message", containsString("NOT_REPORTED"));
        problem(given().queryParam("strategicPlan", "én").get("/api/v1/goals"),
                400, "urn:planstatus:problem:invalid-parameter")
                .body("violations[0].field", equalTo("strategicPlan"));
    }

    @Test
    void shouldRejectAnOverlongReferenceFilter() {
        problem(given().queryParam("reference", "x".repeat(61)).get("/api/v1/measures"),
                400, "urn:planstatus:problem:invalid-parameter")
                .body("violations[0].field", equalTo("reference"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/unknown", "/api/v2/measures", "/api/v1/measures/1/unknown", "/api",
            "/api/"})
    void shouldAnswerUnknownApiPathWith404ProblemNotTheWebApp(String path) {
        problem(given().accept("text/html,application/json").get(path), 404, "urn:planstatus:problem:not-found");
    }

    @Test
    void shouldAnswerUnsupportedMethodWith405Problem() {
        problem(given().contentType("application/json").body("{}").put("/api/v1/goals"),
                405, "urn:planstatus:problem:method-not-allowed");
        problem(given().contentType("application/json").body("{}").patch("/api/v1/measures/1"),
                405, "urn:planstatus:problem:method-not-allowed");
    }

    @Test
    void shouldAnswerNonJsonAcceptWith406Problem() {
        problem(given().accept("text/csv").get("/api/v1/goals"), 406, "urn:planstatus:problem:not-acceptable");
    }

    private static ValidatableResponse problem(io.restassured.response.Response response, int status, String type) {
        return response.then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo(type))
                .body("status", equalTo(status))
                .body("title", not(nullValue()))
                .body("detail", not(nullValue()))
                .body(not(containsString("Exception")))
                .body(not(containsString("no.planstatus")))
                .body("violations", status == 400 ? not(empty()) : nullValue())
                .body("violations.field", status == 400 ? not(hasItem("arg0")) : nullValue());
    }
}
