package no.planstatus.transfer;

import static io.restassured.RestAssured.given;
import static no.planstatus.support.TestPlans.report;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.planstatus.report.Assessment;
import no.planstatus.report.ImplementationStatus;
import no.planstatus.security.Role;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestPlans;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlanExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TestPlans plans;

    @Test
    void shouldExportTheDefaultContentAsTheSeedFileSays() throws IOException {
        byte[] exported = given().queryParam("strategicPlan", DefaultContentTest.seededStrategicPlanId())
                .get("/api/v1/export/plan").then()
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .header("Content-Disposition", equalTo("attachment; filename=\"plan-2020-24.json\""))
                .extract().asByteArray();

        assertEquals(seedFile(), JSON.readTree(exported));
        assertArrayEquals(seedBytes(), exported, "the seed file is laid out as the export writes it; keep it so, "
                + "so that an exported plan can replace it as it is");
    }

    @Test
    void shouldExportReportsOldestFirstWithTheirLinksAndCreationTime() {
        TestPlans.Created plan = plans.create(List.of(
                report(LocalDate.of(2031, 8, 31), ImplementationStatus.IN_PROGRESS, Assessment.AT_RISK, 40, "senere"),
                report(LocalDate.of(2031, 4, 30), ImplementationStatus.NOT_STARTED, Assessment.ON_TRACK, null,
                        "først")));
        TestAccounts.create(Role.EDITOR, null).session()
                .body(Map.of("periodId", TestPlans.periodOn(plan.measureId(1, 1), "2032-02-01"), "reportDate", "2032-02-01", "status", "COMPLETED", "assessment", "ON_TRACK",
                        "percentComplete", 100, "text", "ferdig", "links",
                        List.of(Map.of("url", "https://example.no/sak/1", "title", "Saken"),
                                Map.of("url", "https://example.no/sak/2"))))
                .post("/api/v1/measures/{id}/reports", plan.measureId(1, 1)).then().statusCode(201);

        JsonPath document = given().queryParam("strategicPlan", plan.strategicPlanId())
                .get("/api/v1/export/plan").then().statusCode(200).extract().jsonPath();

        assertEquals("planstatus-plan/1", document.getString("format"));
        assertEquals(List.of(plan.leadSlug(), plan.partnerSlug()), document.getList("parties.slug"));
        assertEquals(List.of(plan.reference(1, 1), plan.reference(1, 2), plan.reference(2, 1)),
                document.getList("actionPlans[0].measures.reference"));
        String reports = "actionPlans[0].measures[0].reports";
        assertEquals(List.of("først", "senere", "ferdig"), document.getList(reports + ".text"));
        assertEquals("2031-06-01T10:00:00Z", document.getString(reports + "[0].createdAt"));
        assertEquals(List.of(), document.getList(reports + "[0].links"));
        assertEquals(Map.of("url", "https://example.no/sak/1", "title", "Saken"),
                document.getMap(reports + "[2].links[0]"));
        assertEquals("https://example.no/sak/2", document.getString(reports + "[2].links[1].url"));
        assertNull(document.getString(reports + "[2].links[1].title"));
        assertEquals(List.of(plan.partnerSlug()),
                document.getList("actionPlans[0].measures[1].responsibility.partners.party"));
        assertEquals(List.of("a", "b"),
                document.getList("strategicPlan.sections[0].goals[1].interestPolicy.matters"));
        assertFalse(document.getMap("strategicPlan.sections[0].goals[0]").containsKey("interestPolicy"),
                "a goal without interest-policy matters leaves the field out, as the seed file does");
    }

    @Test
    void shouldExportTheNewestStrategicPlanWhenNoneIsNamed() {
        given().get("/api/v1/export/plan").then()
                .statusCode(200)
                .body("format", equalTo("planstatus-plan/1"))
                .body("strategicPlan.code", equalTo(given().get("/api/v1/strategic-plans").then().extract()
                        .jsonPath().getString("items[0].code")));
    }

    @Test
    void shouldAnswer404ForAnUnknownStrategicPlanAnd400ForAMalformedId() {
        given().queryParam("strategicPlan", 987654321L).get("/api/v1/export/plan").then()
                .statusCode(404)
                .body("type", equalTo("urn:planstatus:problem:not-found"));
        given().queryParam("strategicPlan", "x").get("/api/v1/export/plan").then()
                .statusCode(400)
                .body("type", equalTo("urn:planstatus:problem:invalid-parameter"))
                .body("violations[0].field", equalTo("strategicPlan"));
    }

    private static JsonNode seedFile() throws IOException {
        return JSON.readTree(seedBytes());
    }

    private static byte[] seedBytes() throws IOException {
        try (InputStream in = PlanExportTest.class.getResourceAsStream("/seed/fjellregionen-2021-2022.json")) {
            return in.readAllBytes();
        }
    }
}
