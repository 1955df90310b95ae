package no.planstatus.measure;

import static io.restassured.RestAssured.given;
import static no.planstatus.support.TestPlans.report;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import no.planstatus.report.Assessment;
import no.planstatus.report.ImplementationStatus;
import no.planstatus.support.TestPlans;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeasureQueryTest {

    @Inject
    TestPlans plans;

    @Test
    void shouldDeriveCurrentStatusFromTheLatestReportByDate() {
        TestPlans.Created plan = plans.create(List.of(
                report(LocalDate.of(2031, 8, 31), ImplementationStatus.IN_PROGRESS, Assessment.AT_RISK, 40,
                        "Andre tertial"),
                report(LocalDate.of(2031, 4, 30), ImplementationStatus.NOT_STARTED, Assessment.ON_TRACK, null,
                        "Første tertial")));
        long measureId = plan.measureId(1, 1);

        given().get("/api/v1/measures/{id}", measureId).then()
                .statusCode(200)
                .body("currentStatus.status", equalTo("IN_PROGRESS"))
                .body("currentStatus.assessment", equalTo("AT_RISK"))
                .body("currentStatus.percentComplete", equalTo(40))
                .body("currentStatus.reportDate", equalTo("2031-08-31"))
                .body("currentStatus.period", equalTo("Periode 2031-08-31"));
        given().get("/api/v1/measures/{id}", plan.measureId(1, 2)).then()
                .statusCode(200)
                .body("currentStatus.status", equalTo("NOT_REPORTED"))
                .body("currentStatus.assessment", nullValue());
    }

    @Test
    void shouldListReportsNewestFirst() {
        TestPlans.Created plan = plans.create(List.of(
                report(LocalDate.of(2031, 4, 30), ImplementationStatus.NOT_STARTED, Assessment.ON_TRACK, null,
                        "Første tertial"),
                report(LocalDate.of(2031, 12, 31), ImplementationStatus.COMPLETED, Assessment.ON_TRACK, 100,
                        "Tredje tertial"),
                report(LocalDate.of(2031, 8, 31), ImplementationStatus.IN_PROGRESS, Assessment.AT_RISK, 40,
                        "Andre tertial")));
        given().get("/api/v1/measures/{id}/reports", plan.measureId(1, 1)).then()
                .statusCode(200)
                .body("items.text", contains("Tredje tertial", "Andre tertial", "Første tertial"))
                .body("items[0].status", equalTo("COMPLETED"))
                .body("items[0].percentComplete", equalTo(100))
                .body("items[0].author", equalTo("Testforfatter"));
        given().get("/api/v1/measures/{id}/reports", plan.measureId(1, 2)).then()
                .statusCode(200)
                .body("items", empty());
    }

    @Test
    void shouldFilterByGoal() {
        TestPlans.Created plan = plans.create(List.of());
        long goalTwo = given().queryParam("strategicPlan", plan.strategicPlanId()).get("/api/v1/goals")
                .then().statusCode(200).extract().jsonPath().getLong("items.find { it.number == 2 }.id");
        given().queryParam("goal", goalTwo).get("/api/v1/measures").then()
                .statusCode(200)
                .body("items.reference", contains(plan.reference(2, 1)));
    }

    @Test
    void shouldFilterByPartyAndRole() {
        TestPlans.Created plan = plans.create(List.of());
        given().queryParam("party", plan.leadPartyId()).get("/api/v1/measures").then()
                .statusCode(200)
                .body("items.reference", contains(plan.reference(1, 1), plan.reference(1, 2)));
        given().queryParam("party", plan.partnerPartyId()).get("/api/v1/measures").then()
                .statusCode(200)
                .body("items.reference", contains(plan.reference(1, 2), plan.reference(2, 1)));
        given().queryParam("party", plan.partnerPartyId()).queryParam("role", "PARTNER")
                .get("/api/v1/measures").then()
                .statusCode(200)
                .body("items.reference", contains(plan.reference(1, 2)));
        given().queryParam("party", plan.partnerPartyId()).queryParam("role", "LEAD")
                .get("/api/v1/measures").then()
                .statusCode(200)
                .body("items.reference", contains(plan.reference(2, 1)));
    }

    @Test
    void shouldFilterByCurrentStatusIncludingNotReported() {
        TestPlans.Created plan = plans.create(List.of(
                report(LocalDate.of(2031, 4, 30), ImplementationStatus.IN_PROGRESS, Assessment.ON_TRACK, 10, "a"),
                report(LocalDate.of(2031, 8, 31), ImplementationStatus.POSTPONED, Assessment.OFF_TRACK, 10, "b")));
        given().queryParam("actionPlan", plan.actionPlanId()).queryParam("status", "POSTPONED")
                .get("/api/v1/measures").then()
                .statusCode(200)
                .body("items.reference", contains(plan.reference(1, 1)));
        given().queryParam("actionPlan", plan.actionPlanId()).queryParam("status", "IN_PROGRESS")
                .get("/api/v1/measures").then()
                .statusCode(200)
                .body("items", empty());
        given().queryParam("actionPlan", plan.actionPlanId()).queryParam("status", "NOT_REPORTED")
                .get("/api/v1/measures").then()
                .statusCode(200)
                .body("items.reference", contains(plan.reference(1, 2), plan.reference(2, 1)));
    }

    @Test
    void shouldShowAPartysMeasuresWithItsRoleInEach() {
        TestPlans.Created plan = plans.create(List.of());
        given().get("/api/v1/parties/{id}", plan.partnerPartyId()).then()
                .statusCode(200)
                .body("slug", equalTo(plan.partnerSlug()))
                .body("kind", equalTo("EXTERNAL_ORGANISATION"))
                .body("measures", hasSize(2))
                .body("measures.role", contains("PARTNER", "LEAD"))
                .body("measures.wording", contains("partner", "Partner"))
                .body("measures[0].measure.responsibilities.party.slug",
                        contains(plan.leadSlug(), plan.partnerSlug()));
        // Parties list by name, and every test plan adds two: ask for the largest page, not the first 100.
        given().queryParam("limit", 500).get("/api/v1/parties").then()
                .statusCode(200)
                .body("items.find { it.slug == '" + plan.partnerSlug() + "' }.leadCount", equalTo(1))
                .body("items.find { it.slug == '" + plan.partnerSlug() + "' }.partnerCount", equalTo(1));
    }
}
