package no.planstatus.audit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import no.planstatus.report.Assessment;
import no.planstatus.report.ImplementationStatus;
import no.planstatus.security.Role;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit trail keeps one shape per resource type, whether an editor or the importer wrote it, and rows stored in
 * the shapes of earlier releases read in that shape too: in the audit API, in measure history and in the feed.
 */
@QuarkusTest
class SnapshotShapesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TestPlans plans;

    private TestPlans.Created plan;
    private TestAccounts.Credentials editor;
    private TestAccounts.Credentials admin;

    @BeforeEach
    void createPlan() {
        plan = plans.create(List.of(TestPlans.report(LocalDate.of(2031, 4, 30), ImplementationStatus.NOT_STARTED,
                Assessment.ON_TRACK, null, "Første")));
        editor = TestAccounts.create(Role.EDITOR, null);
        admin = TestAccounts.create(Role.ADMIN, null);
    }

    @Test
    void shouldRecordTheSameFieldsWhetherAnEditorOrTheImporterWrites() throws Exception {
        long editedMeasure = plan.measureId(1, 2);
        long importedMeasure = plan.measureId(1, 1);
        var current = given().get("/api/v1/measures/{id}", editedMeasure).then().extract();
        editor.session().header("If-Match", current.header("ETag"))
                .body(Map.of("goalId", current.jsonPath().getLong("goal.id"), "text", "Endret av redaktør",
                        "responsibilityText", current.jsonPath().getString("responsibilityText"), "position", 2))
                .put("/api/v1/measures/{id}", editedMeasure).then().statusCode(200);
        editor.session().body(Map.of("periodId", TestPlans.periodOn(editedMeasure, "2031-09-01"), "reportDate", "2031-09-01", "status", "IN_PROGRESS", "assessment", "AT_RISK",
                "text", "Skrevet av redaktør")).post("/api/v1/measures/{id}/reports", editedMeasure).then()
                .statusCode(201);
        ObjectNode document = export();
        ((ObjectNode) document.at("/actionPlans/0/measures/0")).put("text", "Endret av import");
        ObjectNode imported = ((ArrayNode) document.at("/actionPlans/0/measures/0/reports")).addObject();
        imported.put("reportDate", "2031-09-02").put("status", "IN_PROGRESS").put("assessment", "AT_RISK")
                .put("text", "Skrevet av import").put("author", "Importør");
        editor.session().body(document).post("/api/v1/import/plan").then().statusCode(200);

        JsonPath edited = history(editedMeasure);
        JsonPath importedHistory = history(importedMeasure);
        for (String type : List.of("measure", "report")) {
            String find = "items.find { it.entityType == '" + type + "' }";
            Map<String, Object> byEditor = edited.getMap(find + ".after");
            Map<String, Object> byImporter = importedHistory.getMap(find + ".after");
            assertEquals(List.copyOf(byEditor.keySet()), List.copyOf(byImporter.keySet()), type);
            assertStoredFields(type, edited.getLong(find + ".id"), byEditor.keySet());
            assertStoredFields(type, importedHistory.getLong(find + ".id"), byImporter.keySet());
        }
        assertEquals(edited.getList("items.find { it.entityType == 'measure' }.changes.field"),
                importedHistory.getList("items.find { it.entityType == 'measure' }.changes.field"));
        assertEquals(List.of("version", "text"),
                importedHistory.getList("items.find { it.entityType == 'measure' }.changes.field"));
        List<String> titles = feedTitles();
        assertTrue(titles.contains("Tiltak " + plan.reference(1, 2) + " er endret"), titles.toString());
        assertTrue(titles.contains("Tiltak " + plan.reference(1, 1) + " er endret"), titles.toString());
        assertTrue(titles.contains("Statusrapport for tiltak " + plan.reference(1, 2) + ": Pågår (Risiko for avvik)"));
        assertTrue(titles.contains("Statusrapport for tiltak " + plan.reference(1, 1) + ": Pågår (Risiko for avvik)"));
    }

    @Test
    void shouldReadRowsStoredInEarlierShapesInTodaysShape() {
        long measureId = plan.measureId(1, 1);
        JsonPath measure = given().get("/api/v1/measures/{id}", measureId).then().extract().jsonPath();
        long goalId = measure.getLong("goal.id");
        // As editors stored a measure before: the API's measure, with goal and plan as objects.
        String oldEditorMeasure = """
                {"id":%d,"version":%d,"reference":"%s","position":1,"text":"%s","goal":{"id":%d,"number":1,
                "text":"mål"},"actionPlan":{"id":%d,"code":"%s","title":"x"},"responsibilityText":"Leder",
                "responsibilities":[],"currentStatus":{"status":"NOT_REPORTED"}}""";
        insert("measure", measureId, measureId, AuditEvent.Action.UPDATE,
                oldEditorMeasure.formatted(measureId, 0, plan.reference(1, 1), "gammel tekst", goalId,
                        plan.actionPlanId(), plan.actionPlanCode()),
                oldEditorMeasure.formatted(measureId, 1, plan.reference(1, 1), "ny tekst", goalId,
                        plan.actionPlanId(), plan.actionPlanCode()));
        // As the importer stored a report before: no measureId, updatedAt or correctedBy.
        insert("report", 987654321L, measureId, AuditEvent.Action.CREATE, null, """
                {"id":987654321,"version":0,"period":null,"reportDate":"2031-05-01","status":"COMPLETED",
                "assessment":"OFF_TRACK","percentComplete":100,"text":"Gammel rapport","author":"Gammel forfatter",
                "createdAt":"2031-05-01T10:00:00Z","links":[]}""");
        // As the importer stored a goal before: its section's position as "section".
        insert("goal", goalId, null, AuditEvent.Action.UPDATE,
                "{\"id\":%d,\"version\":0,\"number\":1,\"section\":1,\"text\":\"a\",\"interestPolicy\":null}"
                        .formatted(goalId),
                "{\"id\":%d,\"version\":1,\"number\":1,\"section\":1,\"text\":\"b\",\"interestPolicy\":null}"
                        .formatted(goalId));

        JsonPath history = history(measureId);
        String oldMeasure = "items.find { it.entityType == 'measure' && it.after.text == 'ny tekst' }";
        assertEquals(goalId, history.getLong(oldMeasure + ".after.goalId"));
        assertEquals(1, history.getInt(oldMeasure + ".after.goalNumber"));
        assertEquals(plan.actionPlanId(), history.getLong(oldMeasure + ".after.actionPlanId"));
        assertFalse(history.getMap(oldMeasure + ".after").containsKey("goal"));
        assertEquals(List.of("version", "text"), history.getList(oldMeasure + ".changes.field"));
        String oldReport = "items.find { it.entityType == 'report' && it.entityId == 987654321 }";
        assertEquals("COMPLETED", history.getString(oldReport + ".after.status"));
        assertTrue(history.getMap(oldReport + ".after").containsKey("correctedBy"));

        admin.session().queryParam("entityType", "goal").queryParam("entityId", goalId).get("/api/v1/audit-events")
                .then().statusCode(200)
                .body("items[0].after.sectionPosition", org.hamcrest.Matchers.equalTo(1))
                .body("items[0].after", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("section")))
                .body("items[0].changes.field", org.hamcrest.Matchers.contains("version", "text"));

        List<String> titles = feedTitles();
        assertTrue(titles.contains("Statusrapport for tiltak " + plan.reference(1, 1) + ": Fullført (Ikke i rute)"),
                titles.toString());
        assertTrue(titles.contains("Tiltak " + plan.reference(1, 1) + " er endret"), titles.toString());
    }

    /**
     * The row's stored JSON has exactly the fields the public history shows: nothing is added on the way out, and
     * only a report's review fields (who reviewed it, what they said, its state) stay in the admins' audit trail.
     */
    private static void assertStoredFields(String type, long eventId, java.util.Set<String> shown) throws Exception {
        String stored = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>findById(eventId)
                .afterJson);
        List<String> fields = new ArrayList<>();
        for (Iterator<String> names = JSON.readTree(stored).fieldNames(); names.hasNext();) {
            fields.add(names.next());
        }
        if (type.equals("report")) {
            assertTrue(fields.containsAll(List.of("state", "reviewedBy", "reviewComment")), fields.toString());
            fields.removeAll(List.of("state", "reviewedBy", "reviewComment"));
        }
        assertEquals(List.copyOf(shown), fields, type);
    }

    private static void insert(String type, long entityId, Long measureId, AuditEvent.Action action, String before,
            String after) {
        QuarkusTransaction.requiringNew().run(() -> {
            AuditEvent event = new AuditEvent();
            event.occurredAt = Instant.now();
            event.actorType = "ACCOUNT";
            event.actorName = "Tidligere versjon";
            event.action = action;
            event.entityType = type;
            event.entityId = entityId;
            event.measureId = measureId;
            event.beforeJson = before == null ? null : before.replace("\n", "");
            event.afterJson = after == null ? null : after.replace("\n", "");
            event.persist();
        });
    }

    private JsonPath history(long measureId) {
        return given().get("/api/v1/measures/{id}/history", measureId).then().statusCode(200).extract().jsonPath();
    }

    private List<String> feedTitles() {
        String feed = given().queryParam("party", plan.leadPartyId()).get("/api/v1/feeds/changes.atom").then()
                .statusCode(200).extract().asString();
        List<String> titles = new ArrayList<>();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("<entry>.*?<title>(.*?)</title>")
                .matcher(feed);
        while (matcher.find()) {
            titles.add(matcher.group(1));
        }
        return titles;
    }

    private ObjectNode export() throws Exception {
        return (ObjectNode) JSON.readTree(given().queryParam("strategicPlan", plan.strategicPlanId())
                .get("/api/v1/export/plan").then().statusCode(200).extract().asByteArray());
    }
}
