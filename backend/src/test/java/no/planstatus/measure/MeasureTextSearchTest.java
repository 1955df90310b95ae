package no.planstatus.measure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import no.planstatus.support.TestPlans;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeasureTextSearchTest {

    @Inject
    TestPlans plans;

    private static List<String> references(TestPlans.Created plan, String q) {
        return given().queryParam("actionPlan", plan.actionPlanId()).queryParam("q", q)
                .get("/api/v1/measures").then().statusCode(200)
                .extract().jsonPath().getList("items.reference", String.class);
    }

    @Test
    void shouldFindMeasuresByTextIgnoringCase() {
        TestPlans.Created plan = plans.create(List.of());

        given().queryParam("actionPlan", plan.actionPlanId()).queryParam("q", "ANDRE Tiltak " + plan.suffix())
                .get("/api/v1/measures").then()
                .statusCode(200)
                .body("items.reference", contains(plan.reference(1, 2)));
        given().queryParam("q", "FØRSTE TILTAK " + plan.suffix().toUpperCase())
                .get("/api/v1/measures").then()
                .statusCode(200)
                .body("items.reference", contains(plan.reference(1, 1)));
    }

    @Test
    void shouldFindMeasuresByReference() {
        TestPlans.Created plan = plans.create(List.of());

        assertReferences(references(plan, plan.actionPlanCode().toLowerCase() + "/2."), plan.reference(2, 1));
        assertReferences(references(plan, "  /1.2 "), plan.reference(1, 2));
    }

    @Test
    void shouldFindMeasuresByResponsibilityText() {
        TestPlans.Created plan = plans.create(List.of());

        assertReferences(references(plan, "i samarbeid med PARTNER"), plan.reference(1, 2));
    }

    @Test
    void shouldTreatLikeWildcardsAsPlainCharacters() {
        TestPlans.Created plan = plans.create(List.of());

        assertReferences(references(plan, "%"));
        assertReferences(references(plan, "_"));
        assertReferences(references(plan, "første_tiltak"));
        assertReferences(references(plan, "første%" + plan.suffix()));
        assertReferences(references(plan, "!"));
        assertReferences(references(plan, "tiltak"), plan.reference(1, 1), plan.reference(1, 2), plan.reference(2, 1));
    }

    @Test
    void shouldCombineTheTextWithTheOtherFilters() {
        TestPlans.Created plan = plans.create(List.of());

        given().queryParam("actionPlan", plan.actionPlanId()).queryParam("q", "tiltak")
                .queryParam("party", plan.partnerPartyId()).queryParam("role", "LEAD")
                .get("/api/v1/measures").then()
                .statusCode(200)
                .body("items.reference", contains(plan.reference(2, 1)));
    }

    @Test
    void shouldRejectATooLongText() {
        given().queryParam("q", "x".repeat(201)).get("/api/v1/measures").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("q"))
                .body("violations[0].message", equalTo("kan ha høyst 200 tegn"));
        given().queryParam("q", "   ").queryParam("reference", "finnes-ikke").get("/api/v1/measures").then()
                .statusCode(200)
                .body("items", empty());
    }

    private static void assertReferences(List<String> actual, String... expected) {
        org.junit.jupiter.api.Assertions.assertEquals(List.of(expected), actual);
    }
}
