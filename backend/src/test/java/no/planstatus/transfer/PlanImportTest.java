package no.planstatus.transfer;

import static io.restassured.RestAssured.given;
import static no.planstatus.support.TestPlans.report;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.planstatus.report.Assessment;
import no.planstatus.report.ImplementationStatus;
import no.planstatus.security.Role;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlanImportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TestPlans plans;

    private TestAccounts.Credentials editor;
    private TestPlans.Created plan;

    @BeforeEach
    void createPlanAndEditor() {
        editor = TestAccounts.create(Role.EDITOR, null);
        plan = plans.create(List.of(
                report(LocalDate.of(2031, 4, 30), ImplementationStatus.NOT_STARTED, Assessment.ON_TRACK, null, "a"),
                report(LocalDate.of(2031, 8, 31), ImplementationStatus.IN_PROGRESS, Assessment.AT_RISK, 40, "b")));
    }

    @Test
    void shouldFindEverythingUnchangedWhenItsOwnExportIsImported() {
        byte[] exported = export(plan.strategicPlanId());

        editor.session().body(exported).post("/api/v1/import/plan").then()
                .statusCode(200)
                .body("dryRun", equalTo(false))
                .body("created", empty())
                .body("updated", empty())
                // council, 2 parties, strategic plan, section, 2 goals, action plan, 3 measures,
                // 4 responsibilities, 2 reports
                .body("unchanged", equalTo(17));
        assertArrayEquals(exported, export(plan.strategicPlanId()));
    }

    @Test
    void shouldRecreateAPlanFromItsExportAndExportTheSameBytesAgain() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        byte[] document = new String(export(plan.strategicPlanId()), StandardCharsets.UTF_8)
                .replace(plan.suffix(), suffix).getBytes(StandardCharsets.UTF_8);

        JsonPath summary = editor.bearer().body(document).post("/api/v1/import/plan").then()
                .statusCode(200)
                .body("updated", empty())
                .body("unchanged", equalTo(0))
                .extract().jsonPath();

        assertEquals(List.of("council", "party", "party", "strategic-plan", "plan-section", "goal", "goal",
                "action-plan", "measure", "responsibility", "report", "report", "measure", "responsibility",
                "responsibility", "measure", "responsibility"), summary.getList("created.type"));
        assertEquals("T" + suffix + "/1.1", summary.getString("created[8].key"));
        assertArrayEquals(document, export(strategicPlanId("S" + suffix)));
    }

    @Test
    void shouldChangeNothingOnADryRun() throws IOException {
        long measureId = plan.measureId(1, 2);
        String etag = given().get("/api/v1/measures/{id}", measureId).then().extract().header("ETag");
        ObjectNode document = exportTree(plan.strategicPlanId());
        ArrayNode measures = (ArrayNode) document.at("/actionPlans/0/measures");
        ((ObjectNode) measures.get(1)).put("text", "endret tekst");
        ObjectNode added = measures.get(2).deepCopy();
        added.put("reference", plan.actionPlanCode() + "/2.2").put("text", "nytt tiltak");
        measures.add(added);

        editor.session().queryParam("dryRun", true).body(document).post("/api/v1/import/plan").then()
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("created.type", contains("measure", "responsibility"))
                .body("created.key", contains(plan.actionPlanCode() + "/2.2",
                        plan.actionPlanCode() + "/2.2:" + plan.partnerSlug()))
                // What a person reads in the web app's list: the measure's text, the party's name.
                .body("created.name", contains("nytt tiltak", "Partner " + plan.suffix()))
                .body("updated", hasSize(1))
                .body("updated[0].type", equalTo("measure"))
                .body("updated[0].key", equalTo(plan.reference(1, 2)))
                .body("updated[0].name", equalTo("endret tekst"))
                .body("updated[0].fields", contains("text"))
                .body("unchanged", equalTo(16));

        given().get("/api/v1/measures/{id}", measureId).then()
                .statusCode(200)
                .header("ETag", equalTo(etag))
                .body("text", equalTo("andre tiltak " + plan.suffix()));
        given().queryParam("reference", plan.actionPlanCode() + "/2.2").get("/api/v1/measures").then()
                .statusCode(200).body("items", empty());
        given().get("/api/v1/measures/{id}/history", measureId).then().statusCode(200).body("items", empty());
    }

    @Test
    void shouldBumpTheVersionAndAuditEachResourceAnImportChanges() throws IOException {
        long measureId = plan.measureId(1, 1);
        long goalId = given().queryParam("strategicPlan", plan.strategicPlanId()).get("/api/v1/goals").then()
                .extract().jsonPath().getLong("items.find { it.number == 2 }.id");
        long measureVersion = given().get("/api/v1/measures/{id}", measureId).then().extract().jsonPath()
                .getLong("version");
        long goalVersion = given().get("/api/v1/goals/{id}", goalId).then().extract().jsonPath().getLong("version");
        ObjectNode document = exportTree(plan.strategicPlanId());
        ((ObjectNode) document.at("/actionPlans/0/measures/0")).put("text", "ny tekst fra import");
        ((ArrayNode) document.at("/strategicPlan/sections/0/goals/1/interestPolicy/matters")).add("c");

        editor.session().body(document).post("/api/v1/import/plan").then()
                .statusCode(200)
                .body("created", empty())
                .body("updated.type", containsInAnyOrder("goal", "measure"))
                .body("updated.find { it.type == 'goal' }.fields", contains("interestPolicy"))
                .body("updated.find { it.type == 'measure' }.fields", contains("text"));

        given().get("/api/v1/measures/{id}", measureId).then()
                .statusCode(200)
                .body("text", equalTo("ny tekst fra import"))
                .body("version", equalTo((int) measureVersion + 1))
                .header("ETag", equalTo("\"" + (measureVersion + 1) + "-gzip\""));
        given().get("/api/v1/goals/{id}", goalId).then()
                .statusCode(200)
                .body("interestPolicy.matters", contains("a", "b", "c"))
                .body("version", equalTo((int) goalVersion + 1));
        given().get("/api/v1/measures/{id}/history", measureId).then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].action", equalTo("UPDATE"))
                .body("items[0].entityType", equalTo("measure"))
                .body("items[0].actorName", equalTo("Test " + editor.username()))
                .body("items[0].changes.find { it.field == 'text' }.after", equalTo("ny tekst fra import"))
                .body("items[0].changes.find { it.field == 'version' }.after", equalTo((int) measureVersion + 1));
    }

    @Test
    void shouldTakeAMeasuresStatusFromTheNewestReportAnImportAdds() throws IOException {
        long measureId = plan.measureId(1, 1);
        given().get("/api/v1/measures/{id}", measureId).then().body("currentStatus.status", equalTo("IN_PROGRESS"));
        ObjectNode document = exportTree(plan.strategicPlanId());
        ObjectNode added = ((ArrayNode) document.at("/actionPlans/0/measures/0/reports")).addObject();
        added.put("period", "Desember 2031");
        added.put("reportDate", "2031-12-31");
        added.put("status", "COMPLETED");
        added.put("assessment", "ON_TRACK");
        added.put("percentComplete", 100);
        added.put("text", "Fullført");
        added.put("author", "Import");
        added.put("createdAt", "2032-01-02T09:00:00Z");

        editor.session().body(document).post("/api/v1/import/plan").then().statusCode(200);

        given().get("/api/v1/measures/{id}", measureId).then()
                .body("currentStatus.status", equalTo("COMPLETED"))
                .body("currentStatus.percentComplete", equalTo(100));
        given().queryParam("actionPlan", plan.actionPlanId()).queryParam("status", "COMPLETED")
                .get("/api/v1/measures").then()
                .body("items.reference", contains(plan.reference(1, 1)));
    }

    @Test
    void shouldReportEveryErrorByItsPathInTheDocument() throws IOException {
        ObjectNode document = exportTree(plan.strategicPlanId());
        ObjectNode first = (ObjectNode) document.at("/actionPlans/0/measures/0");
        first.put("text", " ");
        ((ObjectNode) first.at("/reports/1")).put("reportDate", "2040-01-01");
        ObjectNode third = (ObjectNode) document.at("/actionPlans/0/measures/2");
        third.put("goal", 9).put("reference", plan.reference(1, 1));
        ((ObjectNode) document.at("/actionPlans/0/measures/1/responsibility/partners/0")).put("party", "x");
        ((ObjectNode) document.at("/parties/1")).put("kind", (String) null);

        editor.session().body(document).post("/api/v1/import/plan").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:planstatus:problem:bad-request"))
                .body("detail", equalTo("Plandokumentet har feil; ingenting er lagret."))
                .body("violations", equalTo(List.of(
                        violation("actionPlans[0].measures[0].reports[1].reportDate",
                                "må ligge innenfor handlingsplanens periode, 2031-01-01 til 2032-12-31"),
                        violation("actionPlans[0].measures[0].text", "må fylles ut"),
                        violation("actionPlans[0].measures[1].responsibility.partners[0].party", "ukjent part «x»"),
                        violation("actionPlans[0].measures[2].goal", "ukjent mål 9"),
                        violation("actionPlans[0].measures[2].reference",
                                "«" + plan.reference(1, 1) + "» står flere ganger i dokumentet"),
                        violation("parties[1].kind", "må fylles ut"))));
    }

    @Test
    void shouldWriteNothingWhenOneMeasureIsBad() throws IOException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ObjectNode document = (ObjectNode) JSON.readTree(new String(export(plan.strategicPlanId()),
                StandardCharsets.UTF_8).replace(plan.suffix(), suffix));
        ((ObjectNode) document.at("/actionPlans/0/measures/1/responsibility/partners/0"))
                .put("party", "ukjent-" + suffix);

        editor.session().body(document).post("/api/v1/import/plan").then()
                .statusCode(400)
                .body("violations", equalTo(List.of(violation(
                        "actionPlans[0].measures[1].responsibility.partners[0].party",
                        "ukjent part «ukjent-" + suffix + "»"))));

        given().get("/api/v1/strategic-plans").then().statusCode(200)
                .body("items.findAll { it.code == 'S" + suffix + "' }", empty());
        given().get("/api/v1/parties").then().statusCode(200)
                .body("items.findAll { it.slug.endsWith('" + suffix + "') }", empty());
        given().queryParam("reference", "T" + suffix + "/1.1").get("/api/v1/measures").then()
                .statusCode(200).body("items", empty());
    }

    @Test
    void shouldRequireAnEditorToImport() {
        byte[] document = export(plan.strategicPlanId());
        given().contentType("application/json").body(document).post("/api/v1/import/plan").then()
                .statusCode(401)
                .body("type", equalTo("urn:planstatus:problem:unauthorized"));
        TestAccounts.create(Role.REPORTER, plan.leadPartyId()).bearer().body(document)
                .post("/api/v1/import/plan").then()
                .statusCode(403)
                .body("type", equalTo("urn:planstatus:problem:forbidden"));
    }

    @Test
    void shouldRejectADryRunThatIsNeitherTrueNorFalse() {
        editor.session().queryParam("dryRun", "kanskje").body(export(plan.strategicPlanId()))
                .post("/api/v1/import/plan").then()
                .statusCode(400)
                .body("type", equalTo("urn:planstatus:problem:invalid-parameter"))
                .body("violations", equalTo(List.of(violation("dryRun", "må være true eller false"))));
    }

    @Test
    void shouldRejectAFileOfAnotherFormatOrShape() {
        editor.session().body(Map.of("format", "noe-annet/2")).post("/api/v1/import/plan").then()
                .statusCode(400)
                .body("violations.field", containsInAnyOrder("actionPlans", "council", "format", "parties",
                        "strategicPlan"))
                .body("violations.find { it.field == 'format' }.message", equalTo("må være «planstatus-plan/1»"));
        editor.session().body(Map.of("format", "planstatus-plan/1", "ekstra", 1)).post("/api/v1/import/plan")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("ekstra"));
    }

    @Test
    void shouldRejectAFieldGivenTwiceAndNameItsPath() {
        String exported = new String(export(plan.strategicPlanId()), StandardCharsets.UTF_8);
        String twiceAtTheTop = exported.replaceFirst("\"format\": \"planstatus-plan/1\",",
                "\"format\": \"noe-annet/9\", \"format\": \"planstatus-plan/1\",");
        String twiceInAMeasure = exported.replaceFirst("\"text\": \"andre tiltak ",
                "\"text\": \"skjult\", \"text\": \"andre tiltak ");

        editor.session().body(twiceAtTheTop).post("/api/v1/import/plan").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:planstatus:problem:bad-request"))
                .body("detail", equalTo("Innholdet har et felt som står to ganger i samme objekt; ingenting er "
                        + "lagret."))
                .body("violations", equalTo(List.of(violation("format", "står flere ganger i samme objekt"))));
        editor.session().queryParam("dryRun", true).body(twiceInAMeasure).post("/api/v1/import/plan").then()
                .statusCode(400)
                .body("violations", equalTo(List.of(violation("actionPlans[0].measures[1].text",
                        "står flere ganger i samme objekt"))));
    }

    @Test
    void shouldKeepAnImportedReportsAuthorAndTimeAndAuditWhoImportedIt() throws IOException {
        long measureId = plan.measureId(2, 1);
        ObjectNode document = exportTree(plan.strategicPlanId());
        ObjectNode migrated = ((ArrayNode) document.at("/actionPlans/0/measures/2/reports")).addObject();
        migrated.put("period", "Mars 2031");
        migrated.put("reportDate", "2031-03-31");
        migrated.put("status", "IN_PROGRESS");
        migrated.put("assessment", "ON_TRACK");
        migrated.put("text", "Fra den gamle PDF-rapporten");
        migrated.put("author", "Kari Nordmann");
        migrated.put("createdAt", "2031-04-02T07:30:00Z");

        editor.session().body(document).post("/api/v1/import/plan").then().statusCode(200);

        given().get("/api/v1/measures/{id}/reports", measureId).then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].author", equalTo("Kari Nordmann"))
                .body("items[0].createdAt", equalTo("2031-04-02T07:30:00Z"));
        given().get("/api/v1/measures/{id}/history", measureId).then()
                .statusCode(200)
                .body("items.find { it.entityType == 'report' }.action", equalTo("CREATE"))
                .body("items.find { it.entityType == 'report' }.actorName", equalTo("Test " + editor.username()))
                .body("items.find { it.entityType == 'report' }.changes.find { it.field == 'author' }.after",
                        equalTo("Kari Nordmann"));
    }

    private static Map<String, String> violation(String field, String message) {
        return Map.of("field", field, "message", message);
    }

    private static byte[] export(long strategicPlanId) {
        return given().queryParam("strategicPlan", strategicPlanId).get("/api/v1/export/plan").then()
                .statusCode(200).extract().asByteArray();
    }

    private static ObjectNode exportTree(long strategicPlanId) throws IOException {
        return (ObjectNode) JSON.readTree(export(strategicPlanId));
    }

    private static long strategicPlanId(String code) {
        return given().get("/api/v1/strategic-plans").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.code == '" + code + "' }.id");
    }
}
