package no.planstatus.statusreport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.planstatus.audit.AuditEvent;
import no.planstatus.report.ProgressReport;
import no.planstatus.report.ReportLink;
import no.planstatus.report.ReportState;
import no.planstatus.round.ReportingRound;
import no.planstatus.security.Role;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestPeriods;
import no.planstatus.support.TestPlans;
import no.planstatus.support.TestRounds;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StatusReportTest {

    @Inject
    TestPlans plans;

    @Inject
    TestRounds rounds;

    private TestAccounts.Credentials editor;
    private TestPlans.Created plan;
    private long roundId;
    private long periodId;

    @BeforeEach
    void createPlanRoundAndReports() {
        editor = TestAccounts.create(Role.EDITOR, null);
        plan = plans.create(List.of());
        roundId = rounds.open(plan.actionPlanId(), LocalDate.of(2031, 10, 1), null, Map.of());
        periodId = QuarkusTransaction.requiringNew().call(() ->
                ReportingRound.<ReportingRound>findById(roundId).period.id);
        long first = TestPeriods.report(plan.measureId(1, 1), periodId, ReportState.APPROVED, null,
                "Godt i gang; se vedtaket.");
        addLink(first, "https://www.example.no/sak/2031-17", "Vedtak i sak 17/31");
        TestPeriods.report(plan.measureId(2, 1), periodId, ReportState.SUBMITTED, null, "Venter på godkjenning");
    }

    @Test
    void shouldPublishTheRoundsPeriodAsASnapshot() {
        JsonPath report = publish(Map.of("roundId", roundId)).then().statusCode(201)
                .header("Location", containsString("/api/v1/status-reports/")).extract().jsonPath();

        assertEquals("Statusrapport pr. 2. tertial 2031", report.getString("title"));
        assertEquals(1, report.getInt("version"));
        assertEquals(periodId, report.getLong("periodId"));
        assertEquals("2. tertial 2031", report.getString("periodLabel"));
        assertEquals("Testrådet " + plan.suffix(), report.getString("council"));
        assertEquals("Handlingsplan " + plan.suffix(), report.getString("actionPlanTitle"));
        assertEquals(plan.actionPlanCode(), report.getString("actionPlanCode"));
        assertEquals("Testrådet", report.getString("adoptedBy"));
        assertEquals("2031-02-03", report.getString("adoptedOn"));
        assertEquals("2031-05-01", report.getString("periodStartsOn"));
        assertEquals(List.of(1, 2), report.getList("goals.number"));
        assertEquals(List.of(plan.reference(1, 1), plan.reference(1, 2)), report.getList("goals[0].measures.reference"));
        assertEquals("IN_PROGRESS", report.getString("goals[0].measures[0].status"));
        assertEquals(40, report.getInt("goals[0].measures[0].percentComplete"));
        assertEquals("Godt i gang; se vedtaket.", report.getString("goals[0].measures[0].comment"));
        assertEquals(List.of("Leder " + plan.suffix()), report.getList("goals[0].measures[1].leads"));
        assertEquals(List.of("Partner " + plan.suffix()), report.getList("goals[0].measures[1].partners"));
        // A report waiting for approval does not count.
        assertEquals("NOT_REPORTED", report.getString("goals[1].measures[0].status"));
        assertEquals("Ikke rapportert", report.getString("goals[1].measures[0].statusLabel"));
        assertNull(report.get("goals[1].measures[0].assessment"));
        assertEquals(3, report.getInt("counts.total"));
        assertEquals(List.of("NOT_REPORTED", "NOT_STARTED", "IN_PROGRESS", "COMPLETED", "POSTPONED", "CANCELLED"),
                report.getList("counts.byStatus.status"));
        assertEquals(List.of(2, 0, 1, 0, 0, 0), report.getList("counts.byStatus.count"));
        assertEquals(Arrays.asList("ON_TRACK", "AT_RISK", "OFF_TRACK", null),
                report.getList("counts.byAssessment.assessment"));
        assertEquals(List.of(1, 0, 0, 2), report.getList("counts.byAssessment.count"));
        assertEquals(List.of(1, 0, 0, 1), report.getList("goals[0].counts.byAssessment.count"));
        assertEquals(plan.reference(1, 1), report.getString("appendix[0].reference"));
        assertEquals("https://www.example.no/sak/2031-17", report.getString("appendix[0].url"));
        assertEquals("Vedtak i sak 17/31", report.getString("appendix[0].title"));
        assertNull(report.get("changesSincePrevious.previousId"));
        assertNull(report.get("correction"));
        assertNull(report.get("supersededById"));

        given().queryParam("actionPlan", plan.actionPlanId()).get("/api/v1/status-reports").then().statusCode(200)
                .body("items.id", equalTo(List.of(report.getInt("id"))))
                .body("items[0].counts.total", equalTo(3))
                .body("items[0].title", equalTo("Statusrapport pr. 2. tertial 2031"));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "entityType = ?1 and entityId = ?2", "status-report", report.getLong("id")) == 1));
    }

    @Test
    void shouldKeepThePublishedReportUnchangedWhenReportsAndThePlanChangeLater() throws Exception {
        long id = publish(Map.of("roundId", roundId, "title", "Til rådsmøtet")).then().statusCode(201).extract()
                .jsonPath().getLong("id");
        byte[] json = given().get("/api/v1/status-reports/{id}", id).then().statusCode(200).extract().asByteArray();
        String pdfText = pdfText(pdf(id));
        byte[] csv = given().get("/api/v1/status-reports/{id}/csv", id).then().statusCode(200).extract()
                .asByteArray();

        long measureId = plan.measureId(1, 1);
        editor.session().contentType("application/json").body(Map.of("periodId", periodId, "reportDate",
                        "2031-08-31", "status", "COMPLETED", "assessment", "ON_TRACK", "percentComplete", 100,
                        "text", "Ferdig etter publiseringen"))
                .post("/api/v1/measures/{id}/reports", measureId).then().statusCode(201);
        JsonPath measure = given().get("/api/v1/measures/{id}", measureId).then().statusCode(200).extract()
                .jsonPath();
        editor.session().contentType("application/json")
                .header("If-Match", "\"" + measure.getLong("version") + "\"")
                .body(Map.of("goalId", measure.getLong("goal.id"), "text", "Ny tekst etter publiseringen",
                        "responsibilityText", "Noen andre", "position", 1))
                .put("/api/v1/measures/{id}", measureId).then().statusCode(200);
        given().get("/api/v1/measures/{id}", measureId).then().body("text", equalTo("Ny tekst etter publiseringen"))
                .body("currentStatus.status", equalTo("COMPLETED"));

        assertArrayEquals(json, given().get("/api/v1/status-reports/{id}", id).then().statusCode(200).extract()
                .asByteArray());
        assertEquals(pdfText, pdfText(pdf(id)));
        assertArrayEquals(csv, given().get("/api/v1/status-reports/{id}/csv", id).then().statusCode(200).extract()
                .asByteArray());
        assertTrue(new String(json, StandardCharsets.UTF_8).contains("første tiltak " + plan.suffix()));
        assertTrue(pdfText.contains("Godt i gang"), pdfText);
    }

    @Test
    void shouldCorrectAsANewVersionThatSupersedesTheOld() {
        long first = publish(Map.of("roundId", roundId)).then().statusCode(201).extract().jsonPath().getLong("id");
        publish(Map.of("roundId", roundId)).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("rettelse"));

        long measureId = plan.measureId(1, 2);
        editor.session().contentType("application/json").body(Map.of("periodId", periodId, "reportDate",
                        "2031-08-31", "status", "POSTPONED", "assessment", "AT_RISK", "text", "Glemt i runden"))
                .post("/api/v1/measures/{id}/reports", measureId).then().statusCode(201);

        JsonPath second = correct(first, Map.of("reason", "1.2 manglet rapport")).then().statusCode(201)
                .header("Location", endsWith("/api/v1/status-reports/" + given().get("/api/v1/status-reports/{id}",
                        first).then().extract().jsonPath().getLong("supersededById")))
                .extract().jsonPath();
        assertEquals(2, second.getInt("version"));
        assertEquals("1.2 manglet rapport", second.getString("correction.reason"));
        assertEquals(first, second.getLong("correction.previousId"));
        assertEquals(periodId, second.getLong("periodId"));
        assertEquals("POSTPONED", second.getString("goals[0].measures[1].status"));
        assertEquals(first, second.getLong("changesSincePrevious.previousId"));
        assertEquals(List.of(plan.reference(1, 2), plan.reference(1, 2), plan.reference(1, 2)),
                second.getList("changesSincePrevious.lines.reference"));
        assertEquals(List.of("Status: Ikke rapportert → " + second.getString("counts.byStatus[4].label"),
                "Vurdering: – → " + second.getString("counts.byAssessment[1].label"),
                "Ny rapport for 2. tertial 2031"), second.getList("changesSincePrevious.lines.what"));

        given().get("/api/v1/status-reports/{id}", first).then().statusCode(200)
                .body("supersededById", equalTo((int) second.getLong("id")))
                .body("goals[0].measures[1].status", equalTo("NOT_REPORTED"));
        correct(first, Map.of("reason", "igjen")).then().statusCode(409).body("detail", containsString("versjon 2"));
        given().queryParam("actionPlan", plan.actionPlanId()).get("/api/v1/status-reports").then().statusCode(200)
                .body("items.version", equalTo(List.of(2, 1)))
                .body("items[1].supersededById", equalTo((int) second.getLong("id")));
    }

    @Test
    void shouldCompareWithThePreviousPeriodsLatestReport() {
        long earlierPeriod = TestPeriods.create(plan.actionPlanId(), LocalDate.of(2031, 1, 1),
                LocalDate.of(2031, 4, 30));
        long earlierRound = QuarkusTransaction.requiringNew().call(() -> {
            ReportingRound round = new ReportingRound();
            round.period = no.planstatus.period.ReportingPeriod.findById(earlierPeriod);
            round.deadline = LocalDate.of(2031, 6, 1);
            round.openedAt = java.time.Instant.now();
            round.openedBy = "tests";
            round.persist();
            return round.id;
        });
        long earlier = publish(Map.of("roundId", earlierRound)).then().statusCode(201).extract().jsonPath()
                .getLong("id");

        JsonPath now = publish(Map.of("roundId", roundId)).then().statusCode(201).extract().jsonPath();
        assertEquals(earlier, now.getLong("changesSincePrevious.previousId"));
        assertEquals(List.of("Status: Ikke rapportert → " + now.getString("counts.byStatus[2].label"), "Vurdering: – → " + onTrackLabel(now),
                "Prosent fullført: – → 40 %", "Ny rapport for 2. tertial 2031"),
                now.getList("changesSincePrevious.lines.what"));
    }

    @Test
    void shouldLetOnlyEditorsAndAdminsPublish() {
        TestAccounts.Credentials reporter = TestAccounts.create(Role.REPORTER, plan.leadPartyId());
        given().contentType("application/json").body(Map.of("roundId", roundId)).post("/api/v1/status-reports")
                .then().statusCode(401);
        reporter.session().contentType("application/json").body(Map.of("roundId", roundId))
                .post("/api/v1/status-reports").then().statusCode(403);
        long id = TestAccounts.create(Role.ADMIN, null).session().contentType("application/json")
                .body(Map.of("roundId", roundId)).post("/api/v1/status-reports").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        reporter.session().contentType("application/json").body(Map.of("reason", "x"))
                .post("/api/v1/status-reports/{id}/corrections", id).then().statusCode(403);
        given().get("/api/v1/status-reports/{id}", id).then().statusCode(200)
                .header("Cache-Control", containsString("public"));
    }

    @Test
    void shouldRejectBadBodiesInNorwegian() {
        publish(Map.of()).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(containsString("roundId")));
        publish(Map.of("roundId", 999_999_999L)).then().statusCode(400)
                .body("violations[0].field", equalTo("roundId")).body("violations[0].message", equalTo("finnes ikke"));
        publish(Map.of("roundId", roundId, "title", "x".repeat(201))).then().statusCode(400);
        long id = publish(Map.of("roundId", roundId)).then().statusCode(201).extract().jsonPath().getLong("id");
        correct(id, Map.of("reason", "  ")).then().statusCode(400)
                .body("violations.field", hasItem(containsString("reason")))
                .body("violations.message", hasItem(containsString("mangler")));
        correct(id, Map.of()).then().statusCode(400);
        correct(id, Map.of("reason", "x".repeat(2001))).then().statusCode(400);
        correct(999_999_999L, Map.of("reason", "x")).then().statusCode(404);
        given().get("/api/v1/status-reports/999999999").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/status-reports/999999999/pdf").then().statusCode(404);
        given().queryParam("actionPlan", 999_999_999L).get("/api/v1/status-reports").then().statusCode(404);
    }

    @Test
    void shouldRenderATaggedPdfWithLanguageTitleAndABookmarkPerGoal() throws Exception {
        long id = publish(Map.of("roundId", roundId)).then().statusCode(201).extract().jsonPath().getLong("id");
        Response response = given().get("/api/v1/status-reports/{id}/pdf", id).then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", startsWith("inline; filename=\"statusrapport-"))
                .extract().response();
        byte[] pdf = response.asByteArray();
        Path file = Files.createTempFile("statusrapport", ".pdf");
        try {
            Files.write(file, pdf);
            // A copy to look at: backend/target/statusrapport-example.pdf (in the build folder of the run).
            Files.write(Path.of(System.getProperty("planstatus-test.build-dir", "target"), "statusrapport-example.pdf"),
                    pdf);
            String info = run("pdfinfo", file.toString());
            assertTrue(info.contains("Tagged:          yes"), info);
            assertTrue(info.matches("(?s).*Title:\\s+Statusrapport pr\\. 2\\. tertial 2031\\n.*"), info);
            // PDF/UA: every font embedded (DejaVu Sans from the application's resources).
            List<String> fonts = run("pdffonts", file.toString()).lines().skip(2).toList();
            assertTrue(!fonts.isEmpty() && fonts.stream().allMatch(f -> f.contains("DejaVuSans")
                    && f.matches(".*\\s+yes\\s+yes\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*")), String.join("\n", fonts));
            String text = run("pdftotext", "-layout", file.toString(), "-");
            for (String reference : List.of(plan.reference(1, 1), plan.reference(1, 2), plan.reference(2, 1))) {
                assertTrue(text.contains(reference), reference + " in " + text);
            }
            assertTrue(text.contains("Side 1 av"), text);
            assertTrue(text.contains("Prosent fullført"), text);
            assertTrue(text.contains("Vedlegg: lenker og vedtak"), text);
            assertTrue(text.contains("Vedtak i sak 17/31"), text);
            assertTrue(text.contains("Vedtatt av Testrådet den 3. februar 2031"), text);
        } finally {
            Files.deleteIfExists(file);
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals("nb", document.getDocumentCatalog().getLanguage());
            assertEquals("Statusrapport pr. 2. tertial 2031", document.getDocumentInformation().getTitle());
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked());
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertEquals(List.of("Mål 1: mål én " + plan.suffix(), "Mål 2: mål to " + plan.suffix(),
                    "Vedlegg: lenker og vedtak"), bookmarks);
        }
    }

    @Test
    void shouldWriteTheCsvLikeTheMeasureExport() {
        long id = publish(Map.of("roundId", roundId)).then().statusCode(201).extract().jsonPath().getLong("id");
        byte[] body = given().get("/api/v1/status-reports/{id}/csv", id).then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", startsWith("attachment; filename=\"statusrapport-"))
                .extract().asByteArray();
        String csv = new String(body, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFReferanse;Mål nr.;Mål;Tiltak;Ansvarlig;Samarbeidspartnere;"), csv);
        assertTrue(csv.contains(";Prosent fullført;"), csv);
        String[] lines = csv.split("\r\n");
        assertEquals(4, lines.length, csv);
        assertTrue(lines[1].startsWith(plan.reference(1, 1) + ";1;"), lines[1]);
        assertTrue(lines[1].contains(";40;"), lines[1]);
        assertTrue(lines[1].endsWith(";2031-08-31;2. tertial 2031;Godt i gang; se vedtaket.") || lines[1]
                .endsWith(";2031-08-31;2. tertial 2031;\"Godt i gang; se vedtaket.\""), lines[1]);
    }

    @Test
    void shouldAnswerIfNoneMatchWithTheReportsEtag() {
        long id = publish(Map.of("roundId", roundId)).then().statusCode(201).extract().jsonPath().getLong("id");
        String etag = given().get("/api/v1/status-reports/{id}", id).then().statusCode(200).extract()
                .header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/status-reports/{id}", id).then().statusCode(304);
        correct(id, Map.of("reason", "retting")).then().statusCode(201);
        String after = given().get("/api/v1/status-reports/{id}", id).then().statusCode(200).extract()
                .header("ETag");
        assertNotEquals(etag, after);
    }

    private String onTrackLabel(JsonPath report) {
        return report.getString("counts.byAssessment[0].label");
    }

    private Response publish(Map<String, ?> body) {
        return editor.session().contentType("application/json").body(body).post("/api/v1/status-reports");
    }

    private Response correct(long id, Map<String, ?> body) {
        return editor.session().contentType("application/json").body(body)
                .post("/api/v1/status-reports/{id}/corrections", id);
    }

    private static byte[] pdf(long id) {
        return given().get("/api/v1/status-reports/{id}/pdf", id).then().statusCode(200).extract().asByteArray();
    }

    private static String pdfText(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("statusrapport", ".pdf");
        try {
            Files.write(file, pdf);
            return run("pdftotext", "-layout", file.toString(), "-");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command));
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    private static void addLink(long reportId, String url, String title) {
        QuarkusTransaction.requiringNew().run(() -> {
            ReportLink link = new ReportLink();
            link.report = ProgressReport.findById(reportId);
            link.position = 0;
            link.url = url;
            link.title = title;
            link.persist();
        });
    }
}
