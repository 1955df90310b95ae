package no.planstatus.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.planstatus.security.Role;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestPlans;
import org.junit.jupiter.api.Test;

/** The embed, the feed and the CSV export name every status and assessment with the same label. */
@QuarkusTest
class StatusLabelsTest {

    @Inject
    TestPlans plans;

    @Test
    void shouldNameEachStatusAndAssessmentAlikeInEmbedFeedAndCsv() {
        TestPlans.Created plan = plans.create(List.of());
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        long measure = plan.measureId(1, 1);
        ImplementationStatus[] statuses = ImplementationStatus.values();
        for (int i = 0; i < statuses.length; i++) {
            ImplementationStatus status = statuses[i];
            Assessment assessment = Assessment.values()[i % Assessment.values().length];
            String date = LocalDate.of(2031, 1, 1).plusDays(i).toString();
            editor.session().body(Map.of("periodId", TestPlans.periodOn(measure, date), "reportDate", date, "status",
                    status.name(), "assessment", assessment.name(), "text", "Rapport " + i))
                    .post("/api/v1/measures/{id}/reports", measure).then().statusCode(201);

            given().get("/embed/measures/{id}", measure).then().statusCode(200)
                    .body(containsString(status.label() + "</strong>"))
                    .body(containsString("Vurdering: " + assessment.label()));
            given().queryParam("party", plan.leadPartyId()).get("/api/v1/feeds/changes.atom").then().statusCode(200)
                    .body(containsString("<title>Statusrapport for tiltak " + plan.reference(1, 1) + ": "
                            + status.label() + " (" + assessment.label() + ")</title>"));
            String row = csvRow(plan, plan.reference(1, 1));
            assertTrue(row.contains(";" + status.label() + ";" + assessment.label() + ";"), row);
        }
        given().get("/embed/measures/{id}", plan.measureId(2, 1)).then().statusCode(200)
                .body(containsString(MeasureStatus.NOT_REPORTED.label() + "</strong>"));
        assertTrue(csvRow(plan, plan.reference(2, 1)).contains(";" + MeasureStatus.NOT_REPORTED.label() + ";"));
    }

    private static String csvRow(TestPlans.Created plan, String reference) {
        String csv = new String(given().queryParam("actionPlan", plan.actionPlanId())
                .get("/api/v1/export/measures.csv").then().statusCode(200).extract().asByteArray(),
                StandardCharsets.UTF_8);
        return csv.lines().filter(line -> line.startsWith(reference + ";") || line.startsWith("\"" + reference))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + reference + " in\n" + csv));
    }
}
