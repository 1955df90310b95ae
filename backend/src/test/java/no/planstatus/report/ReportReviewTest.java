package no.planstatus.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.planstatus.security.Role;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestPlans;
import no.planstatus.support.TestSettings;
import no.planstatus.webhook.WebhookDelivery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Review before publishing: drafts, submitting, approving and sending back, and what the public sees meanwhile. */
@QuarkusTest
class ReportReviewTest {

    @Inject
    TestPlans plans;

    private TestPlans.Created plan;
    private long measure;
    private TestAccounts.Credentials reporter;
    private TestAccounts.Credentials editor;

    @BeforeEach
    void createPlan() {
        plan = plans.create(List.of());
        TestSettings.reportsNeedApproval();
        measure = plan.measureId(1, 1);
        reporter = TestAccounts.create(Role.REPORTER, plan.leadPartyId());
        editor = TestAccounts.create(Role.EDITOR, null);
    }

    @Test
    void shouldKeepAReportersReportPrivateUntilAnEditorApprovesIt() {
        Map<String, Object> body = report("Venter " + plan.suffix());
        long id = reporter.session().body(body).post(reports()).then()
                .statusCode(201)
                .body("state", equalTo("SUBMITTED"))
                .body("submittedAt", notNullValue())
                .extract().jsonPath().getLong("id");

        given().get(reports()).then().statusCode(200).body("items", hasSize(0));
        given().get(reports() + "/" + id).then().statusCode(404);
        editor.session().get(reports()).then().statusCode(200).body("items", hasSize(0));
        given().get("/api/v1/measures/{id}", measure).then().body("currentStatus.reportId", nullValue());
        given().get("/api/v1/measures/{id}/history", measure).then().body("items", hasSize(0));

        editor.session().get("/api/v1/reports?state=SUBMITTED").then()
                .statusCode(200)
                .body("items.find { it.report.id == " + id + " }.measure.reference", equalTo(plan.reference(1, 1)))
                .body("items.find { it.report.id == " + id + " }.measure.id", equalTo((int) measure))
                .body("items.find { it.report.id == " + id + " }.periodLabel", equalTo("2. tertial 2031"))
                .body("items.find { it.report.id == " + id + " }.report.author", equalTo("Test " + reporter.username()))
                .body("items.find { it.report.id == " + id + " }.report.submittedAt", notNullValue());
        reporter.session().get("/api/v1/reports/mine").then()
                .statusCode(200)
                .body("items.report.id", contains((int) id))
                .body("items[0].report.state", equalTo("SUBMITTED"));

        editor.session().header("If-Match", "\"0\"").post(reports() + "/" + id + "/approve").then()
                .statusCode(200)
                .header("ETag", equalTo("\"1-gzip\""))
                .body("state", equalTo("APPROVED"))
                .body("reviewedBy", equalTo("Test " + editor.username()))
                .body("reviewedAt", notNullValue());

        given().get(reports()).then().body("items.id", contains((int) id))
                .body("items[0].state", equalTo("APPROVED"))
                .body("items[0].reviewedBy", nullValue());
        given().get("/api/v1/measures/{id}", measure).then().body("currentStatus.reportId", equalTo((int) id));
        editor.session().get("/api/v1/reports").then().body("items.report.id", not(hasItem((int) id)));
        reporter.session().get("/api/v1/reports/mine").then().body("items", hasSize(0));
    }

    @Test
    void shouldNotLetAReporterChangeAnApprovedReportPastTheReview() {
        long id = create(reporter, report("Godkjent tekst " + plan.suffix()));
        editor.session().header("If-Match", "\"0\"").post(reports() + "/" + id + "/approve").then().statusCode(200);

        reporter.session().header("If-Match", "\"1\"").body(report("Ny tekst uten godkjenning"))
                .put(reports() + "/" + id).then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("Statusrapporten er godkjent og offentlig, så bare redaksjonen kan rette den."
                        + " Skriv en ny statusrapport i stedet; den blir offentlig når den er godkjent."));
        given().get(reports() + "/" + id).then().statusCode(200)
                .body("text", equalTo("Godkjent tekst " + plan.suffix()));

        editor.session().header("If-Match", "\"1\"").body(report("Rettet av redaksjonen"))
                .put(reports() + "/" + id).then().statusCode(200).body("state", equalTo("APPROVED"));
    }

    @Test
    void shouldSendAReportBackWithACommentItsAuthorSeesAndLetThemSubmitItAgain() {
        long id = create(reporter, report("Første utkast"));
        editor.session().header("If-Match", "\"0\"").body(Map.of("comment", " ")).post(reports() + "/" + id + "/return")
                .then()
                .statusCode(400)
                .body("violations.field", contains("comment"));
        editor.session().header("If-Match", "\"0\"").body(Map.of("comment", "Skriv mer om økonomien"))
                .post(reports() + "/" + id + "/return").then()
                .statusCode(200)
                .body("state", equalTo("RETURNED"))
                .body("reviewComment", equalTo("Skriv mer om økonomien"));

        reporter.session().get("/api/v1/reports/mine").then()
                .body("items[0].report.state", equalTo("RETURNED"))
                .body("items[0].report.reviewComment", equalTo("Skriv mer om økonomien"));
        editor.session().get("/api/v1/reports").then().body("items.report.id", not(hasItem((int) id)));
        editor.session().header("If-Match", "\"1\"").post(reports() + "/" + id + "/approve").then()
                .statusCode(409)
                .body("detail", equalTo("Statusrapporten venter ikke på godkjenning (den er «Sendt tilbake»)."));

        reporter.session().header("If-Match", "\"1\"").body(report("Med økonomien")).put(reports() + "/" + id).then()
                .statusCode(200)
                .body("state", equalTo("SUBMITTED"))
                .body("reviewComment", nullValue());
        editor.session().get("/api/v1/reports").then().body("items.report.id", hasItem((int) id));
        given().get(reports()).then().body("items", hasSize(0));
    }

    @Test
    void shouldKeepADraftForItsAuthorAndSubmitItWhenCorrectedWithoutDraft() {
        Map<String, Object> draft = report("Halvferdig");
        draft.put("draft", true);
        long id = reporter.session().body(draft).post(reports()).then()
                .statusCode(201)
                .body("state", equalTo("DRAFT"))
                .body("submittedAt", nullValue())
                .extract().jsonPath().getLong("id");
        editor.session().get("/api/v1/reports").then().body("items.report.id", not(hasItem((int) id)));
        editor.session().get("/api/v1/reports?state=DRAFT").then().body("items.report.id", hasItem((int) id));
        reporter.session().get("/api/v1/reports/mine").then().body("items[0].report.state", equalTo("DRAFT"));

        TestAccounts.Credentials colleague = TestAccounts.create(Role.REPORTER, plan.leadPartyId());
        colleague.session().header("If-Match", "\"0\"").body(report("Overtatt")).put(reports() + "/" + id).then()
                .statusCode(403);
        colleague.session().get("/api/v1/reports/mine").then().body("items", hasSize(0));

        reporter.session().header("If-Match", "\"0\"").body(report("Ferdig")).put(reports() + "/" + id).then()
                .statusCode(200)
                .body("state", equalTo("SUBMITTED"))
                .body("submittedAt", notNullValue());
        editor.session().get("/api/v1/reports").then().body("items.report.id", hasItem((int) id));
    }

    @Test
    void shouldApproveAnEditorsOwnReportAtOnceAndNeverTurnAnApprovedReportIntoADraft() {
        long id = editor.session().body(report("Redaktørens")).post(reports()).then()
                .statusCode(201)
                .body("state", equalTo("APPROVED"))
                .extract().jsonPath().getLong("id");
        given().get(reports() + "/" + id).then().statusCode(200).body("state", equalTo("APPROVED"));
        Map<String, Object> draft = report("Tilbake til utkast");
        draft.put("draft", true);
        editor.session().header("If-Match", "\"0\"").body(draft).put(reports() + "/" + id).then()
                .statusCode(409);
        editor.session().header("If-Match", "\"0\"").post(reports() + "/" + id + "/approve").then().statusCode(409);
    }

    @Test
    void shouldRequireTheCurrentVersionAndAnEditorToReview() {
        long id = create(reporter, report("Til vurdering"));
        editor.session().post(reports() + "/" + id + "/approve").then().statusCode(428);
        editor.session().header("If-Match", "\"5\"").post(reports() + "/" + id + "/approve").then().statusCode(412);
        reporter.session().header("If-Match", "\"0\"").post(reports() + "/" + id + "/approve").then().statusCode(403);
        reporter.session().get("/api/v1/reports").then().statusCode(403);
        given().get("/api/v1/reports").then().statusCode(401);
        given().get("/api/v1/reports/mine").then().statusCode(401);
        editor.session().get("/api/v1/reports?state=LATER").then().statusCode(400)
                .body("violations.field", contains("state"));
    }

    @Test
    void shouldSendWebhooksOnlyWhenAReportBecomesPublic() {
        TestAccounts.Credentials admin = TestAccounts.create(Role.ADMIN, null);
        long webhook = admin.session().body(Map.of("url", "http://127.0.0.1:9/hook", "secret",
                "a-webhook-secret-of-some-length")).post("/api/v1/webhooks").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        try {
            Map<String, Object> draft = report("Utkast");
            draft.put("draft", true);
            long id = create(reporter, draft);
            reporter.session().header("If-Match", "\"0\"").body(report("Sendt")).put(reports() + "/" + id).then()
                    .statusCode(200);
            assertEquals(List.of(), events(webhook));

            editor.session().header("If-Match", "\"1\"").post(reports() + "/" + id + "/approve").then()
                    .statusCode(200);
            editor.session().body(report("Direkte")).post(reports()).then().statusCode(201);
            assertEquals(List.of("report.approved", "report.created"), events(webhook));
        } finally {
            // The sender may be holding the webhook's row while it tries the dead address: a busy answer (503)
            // says to try again, which is what a client does.
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
            int status;
            do {
                status = admin.session().delete("/api/v1/webhooks/{id}", webhook).statusCode();
            } while (status == 503 && System.nanoTime() < deadline);
            assertEquals(204, status);
        }
    }

    @Test
    void shouldPublishReportersReportsAtOnceWhenAnAdminTurnsApprovalOffAndAuditTheSetting() {
        TestAccounts.Credentials admin = TestAccounts.create(Role.ADMIN, null);
        admin.session().get("/api/v1/settings/review").then().statusCode(200)
                .body("reportsNeedApproval", equalTo(true));
        editor.session().get("/api/v1/settings/review").then().statusCode(403);
        admin.session().body(Map.of()).put("/api/v1/settings/review").then().statusCode(400)
                .body("violations.field", contains("reportsNeedApproval"));
        try {
            admin.session().body(Map.of("reportsNeedApproval", false)).put("/api/v1/settings/review").then()
                    .statusCode(200)
                    .body("reportsNeedApproval", equalTo(false));
            long id = reporter.session().body(report("Rett ut")).post(reports()).then()
                    .statusCode(201)
                    .body("state", equalTo("APPROVED"))
                    .extract().jsonPath().getLong("id");
            given().get(reports() + "/" + id).then().statusCode(200);
        } finally {
            admin.session().body(Map.of("reportsNeedApproval", true)).put("/api/v1/settings/review").then()
                    .statusCode(200);
        }
        admin.session().queryParam("entityType", "setting").get("/api/v1/audit-events").then()
                .statusCode(200)
                .body("items[0].after.reportsNeedApproval", equalTo(true))
                .body("items[1].after.reportsNeedApproval", equalTo(false))
                .body("items[1].actorName", equalTo("Test " + admin.username()));
    }

    @Test
    void shouldLeaveReportsThatAreNotApprovedOutOfExportsEmbedsAndTheFeed() {
        String secret = "Ikke godkjent " + plan.suffix();
        long id = create(reporter, report(secret));
        Map<String, Object> draft = report("Utkast " + plan.suffix());
        draft.put("draft", true);
        create(reporter, draft);

        String export = given().queryParam("strategicPlan", plan.strategicPlanId()).get("/api/v1/export/plan")
                .then().statusCode(200).extract().asString();
        String csv = given().queryParam("actionPlan", plan.actionPlanId()).get("/api/v1/export/measures.csv")
                .then().statusCode(200).extract().asString();
        String embed = given().get("/embed/measures/{id}", measure).then().statusCode(200).extract().asString();
        String feed = given().queryParam("party", plan.leadPartyId()).get("/api/v1/feeds/changes.atom").then()
                .statusCode(200).extract().asString();
        for (String answer : List.of(export, csv, embed, feed)) {
            assertFalse(answer.contains(secret) || answer.contains("Utkast "
                    + plan.suffix()), "a public answer shows a report that is not approved: " + answer);
        }

        editor.session().header("If-Match", "\"0\"").post(reports() + "/" + id + "/approve").then().statusCode(200);
        assertTrue(given().queryParam("party", plan.leadPartyId())
                .get("/api/v1/feeds/changes.atom").then().statusCode(200).extract().asString()
                .contains(secret), "the feed announces the approved report");
        assertTrue(given().queryParam("strategicPlan", plan.strategicPlanId())
                .get("/api/v1/export/plan").then().statusCode(200).extract().asString().contains(secret),
                "the export holds the approved report");
    }

    @Test
    void shouldShowEveryProblemWithAReportInOneAnswerWithNorwegianDates() {
        Map<String, Object> body = new HashMap<>();
        body.put("reportDate", "2035-03-01");
        body.put("text", " ");
        body.put("percentComplete", 120);
        reporter.session().contentType(ContentType.JSON).body(body).post(reports()).then()
                .statusCode(400)
                .body("violations.field", contains("assessment", "percentComplete", "periodId", "reportDate", "status",
                        "text"))
                .body("violations.find { it.field == 'reportDate' }.message",
                        equalTo("må ligge innenfor handlingsplanens periode, 1. januar 2031 til 31. desember 2032"));
    }

    /** The events queued for the webhook, one per delivery (a delivery's retries are attempts of the same one). */
    private List<String> events(long webhookId) {
        return QuarkusTransaction.requiringNew().call(() -> WebhookDelivery.<WebhookDelivery>list(
                "webhook.id = ?1 and attempt = 1 order by id", webhookId).stream().map(d -> d.event).toList());
    }

    private long create(TestAccounts.Credentials who, Map<String, Object> body) {
        return who.session().body(body).post(reports()).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private String reports() {
        return "/api/v1/measures/" + measure + "/reports";
    }

    private Map<String, Object> report(String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("periodId", TestPlans.periodOn(measure, "2031-08-31"));
        body.put("reportDate", "2031-08-31");
        body.put("status", "IN_PROGRESS");
        body.put("assessment", "ON_TRACK");
        body.put("text", text);
        return body;
    }
}
