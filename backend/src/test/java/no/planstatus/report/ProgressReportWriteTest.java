package no.planstatus.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.planstatus.security.Role;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestPlans;
import no.planstatus.support.TestSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProgressReportWriteTest {

    @Inject
    TestPlans plans;

    private TestPlans.Created plan;
    private long leadOnlyMeasure;
    private long leadAndPartnerMeasure;

    @BeforeEach
    void createPlan() {
        plan = plans.create(List.of());
        TestSettings.reportsNeedApproval();
        leadOnlyMeasure = plan.measureId(1, 1);
        leadAndPartnerMeasure = plan.measureId(1, 2);
    }

    @Test
    void shouldLetAReporterOfTheLeadPartyReportAndSignAsTheirAccount() {
        TestAccounts.Credentials reporter = TestAccounts.create(Role.REPORTER, plan.leadPartyId());
        Map<String, Object> body = report("2031-08-31", "IN_PROGRESS", "AT_RISK", "Godt i gang");
        body.put("percentComplete", 40);
        body.put("links", List.of(Map.of("url", "https://example.no/sak/17", "title", "Saken"),
                Map.of("url", "http://example.no/uten-tittel")));

        var created = reporter.session().body(body).post(reportsOf(leadOnlyMeasure)).then()
                .statusCode(201)
                .header("ETag", equalTo("\"0-gzip\""))
                .body("measureId", equalTo((int) leadOnlyMeasure))
                .body("version", equalTo(0))
                .body("period", equalTo("2. tertial 2031"))
                .body("periodId", equalTo((int) TestPlans.periodId(plan.actionPlanId(), "2. tertial 2031")))
                .body("status", equalTo("IN_PROGRESS"))
                .body("assessment", equalTo("AT_RISK"))
                .body("percentComplete", equalTo(40))
                .body("text", equalTo("Godt i gang"))
                .body("author", equalTo("Test " + reporter.username()))
                .body("links.url", contains("https://example.no/sak/17", "http://example.no/uten-tittel"))
                .body("links.title", contains("Saken", null))
                .body("createdAt", notNullValue())
                .body("updatedAt", nullValue())
                .body("state", equalTo("SUBMITTED"))
                .body("submittedAt", notNullValue())
                .extract();
        long id = created.jsonPath().getLong("id");
        assertThat(created.header("Location"), endsWith(reportsOf(leadOnlyMeasure) + "/" + id));
        // A reporter's report waits for an editor's approval before anyone else sees it.
        given().get(reportsOf(leadOnlyMeasure) + "/" + id).then().statusCode(404);

        approve(leadOnlyMeasure, id, 0);
        given().get(reportsOf(leadOnlyMeasure) + "/" + id).then()
                .statusCode(200)
                .header("ETag", equalTo("\"1-gzip\""))
                .body("state", equalTo("APPROVED"))
                .body("text", equalTo("Godt i gang"))
                .body("links", hasSize(2));
    }

    @Test
    void shouldLetAPartnerReportThroughAnApiTokenSignedWithTheTokensName() {
        TestAccounts.Credentials partner = TestAccounts.create(Role.REPORTER, plan.partnerPartyId());
        partner.bearer().body(report("2031-05-01", "NOT_STARTED", "ON_TRACK", "Planlegges"))
                .post(reportsOf(leadAndPartnerMeasure)).then()
                .statusCode(201)
                .body("author", equalTo("token for " + partner.username()));
    }

    @Test
    void shouldForbidAReporterOfAnUnrelatedParty() {
        TestAccounts.Credentials partner = TestAccounts.create(Role.REPORTER, plan.partnerPartyId());
        partner.session().body(report("2031-05-01", "NOT_STARTED", "ON_TRACK", "Ikke mitt tiltak"))
                .post(reportsOf(leadOnlyMeasure)).then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:planstatus:problem:forbidden"))
                .body("detail", containsString("din part er ansvarlig eller samarbeidspartner"));
        given().get(reportsOf(leadOnlyMeasure)).then().body("items", hasSize(0));
    }

    @Test
    void shouldForbidAnUnrelatedReporterBeforeLookingAtTheBody() {
        TestAccounts.Credentials partner = TestAccounts.create(Role.REPORTER, plan.partnerPartyId());
        partner.session().body("{}").post(reportsOf(leadOnlyMeasure)).then()
                .statusCode(403)
                .body("type", equalTo("urn:planstatus:problem:forbidden"));
    }

    @Test
    void shouldLetAnEditorReportOnAnyMeasure() {
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        editor.session().body(report("2032-12-31", "COMPLETED", "ON_TRACK", "Fullført"))
                .post(reportsOf(plan.measureId(2, 1))).then()
                .statusCode(201)
                .body("author", equalTo("Test " + editor.username()));
    }

    @Test
    void shouldRequireSignIn() {
        given().contentType(ContentType.JSON).body(report("2031-05-01", "NOT_STARTED", "ON_TRACK", "Anonym"))
                .post(reportsOf(leadOnlyMeasure)).then()
                .statusCode(401)
                .body("type", equalTo("urn:planstatus:problem:unauthorized"));
    }

    @Test
    void shouldMakeTheLatestReportTheMeasuresStatusAndListReportsNewestFirst() {
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        long august = create(editor, report("2031-08-31", "IN_PROGRESS", "AT_RISK", "August"));
        create(editor, report("2031-04-30", "NOT_STARTED", "ON_TRACK", "April"));

        given().get("/api/v1/measures/{id}", leadOnlyMeasure).then()
                .statusCode(200)
                .body("currentStatus.status", equalTo("IN_PROGRESS"))
                .body("currentStatus.assessment", equalTo("AT_RISK"))
                .body("currentStatus.reportId", equalTo((int) august));
        given().get(reportsOf(leadOnlyMeasure)).then()
                .statusCode(200)
                .body("items.text", contains("August", "April"));
    }

    @Test
    void shouldCorrectAReportOnlyWithTheCurrentVersionAndKeepTheEarlierTextInTheHistory() {
        TestAccounts.Credentials reporter = TestAccounts.create(Role.REPORTER, plan.leadPartyId());
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        long id = create(reporter, report("2031-08-31", "IN_PROGRESS", "ON_TRACK", "Første tekst"));
        approve(leadOnlyMeasure, id, 0);
        String report = reportsOf(leadOnlyMeasure) + "/" + id;
        Map<String, Object> correction = report("2031-08-31", "IN_PROGRESS", "AT_RISK", "Rettet tekst");

        editor.session().body(correction).put(report).then()
                .statusCode(428)
                .body("type", equalTo("urn:planstatus:problem:precondition-required"));
        editor.session().header("If-Match", "\"7\"").body(correction).put(report).then()
                .statusCode(412)
                .body("type", equalTo("urn:planstatus:problem:precondition-failed"))
                .header("ETag", equalTo("\"1\""));

        editor.session().header("If-Match", "\"1\"").body(correction).put(report).then()
                .statusCode(200)
                .header("ETag", equalTo("\"2-gzip\""))
                .body("version", equalTo(2))
                .body("text", equalTo("Rettet tekst"))
                .body("assessment", equalTo("AT_RISK"))
                .body("author", equalTo("Test " + reporter.username()))
                .body("updatedAt", notNullValue())
                .body("state", equalTo("APPROVED"));
        editor.session().header("If-Match", "\"1\"").body(correction).put(report).then().statusCode(412);

        given().get(reportsOf(leadOnlyMeasure)).then()
                .body("items", hasSize(1))
                .body("items[0].text", equalTo("Rettet tekst"));
        given().get("/api/v1/measures/{id}/history", leadOnlyMeasure).then()
                .statusCode(200)
                .body("items[0].action", equalTo("UPDATE"))
                .body("items[0].entityType", equalTo("report"))
                .body("items[0].entityId", equalTo((int) id))
                .body("items[0].actorName", equalTo("Test " + editor.username()))
                .body("items[0].changes.find { it.field == 'text' }.before", equalTo("Første tekst"))
                .body("items[0].changes.find { it.field == 'text' }.after", equalTo("Rettet tekst"))
                .body("items[0].before.text", equalTo("Første tekst"))
                .body("items[0].after.text", equalTo("Rettet tekst"))
                // The public history starts at the approval, shown as the report's creation: what it said in
                // review, and the review's own fields, are not public.
                .body("items", hasSize(2))
                .body("items[1].action", equalTo("CREATE"))
                .body("items[1].entityType", equalTo("report"))
                .body("items[1].actorName", equalTo("Test " + approver.username()))
                .body("items[1].before", nullValue())
                .body("items[1].after.text", equalTo("Første tekst"))
                .body("items[1].after.state", nullValue())
                .body("items[1].after.reviewedBy", nullValue())
                .body("items[1].after.author", equalTo("Test " + reporter.username()));
    }

    @Test
    void shouldNameWhoCorrectedAReportBesideItsAuthorInEveryView() {
        TestAccounts.Credentials reporter = TestAccounts.create(Role.REPORTER, plan.leadPartyId());
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        TestAccounts.Credentials secondEditor = TestAccounts.create(Role.EDITOR, null);
        long id = create(reporter, report("2031-08-31", "IN_PROGRESS", "ON_TRACK", "Første tekst"));
        approve(leadOnlyMeasure, id, 0);
        String report = reportsOf(leadOnlyMeasure) + "/" + id;
        given().get(report).then().statusCode(200).body("correctedBy", nullValue());

        editor.session().header("If-Match", "\"1\"")
                .body(report("2031-08-31", "IN_PROGRESS", "AT_RISK", "Rettet tekst")).put(report).then()
                .statusCode(200)
                .body("author", equalTo("Test " + reporter.username()))
                .body("correctedBy", equalTo("Test " + editor.username()));
        given().get(report).then().statusCode(200)
                .body("author", equalTo("Test " + reporter.username()))
                .body("correctedBy", equalTo("Test " + editor.username()));

        secondEditor.session().header("If-Match", "\"2\"")
                .body(report("2031-08-31", "IN_PROGRESS", "OFF_TRACK", "Rettet igjen")).put(report).then()
                .statusCode(200)
                .body("correctedBy", equalTo("Test " + secondEditor.username()));
        given().get(reportsOf(leadOnlyMeasure)).then().statusCode(200)
                .body("items[0].author", equalTo("Test " + reporter.username()))
                .body("items[0].correctedBy", equalTo("Test " + secondEditor.username()));
    }

    @Test
    void shouldReplaceTheLinksWhenCorrecting() {
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        Map<String, Object> body = report("2031-08-31", "IN_PROGRESS", "ON_TRACK", "Med lenke");
        body.put("links", List.of(Map.of("url", "https://example.no/a")));
        long id = create(editor, body);
        body.put("links", List.of(Map.of("url", "https://example.no/b"), Map.of("url", "https://example.no/c")));
        editor.session().header("If-Match", "\"0\"").body(body).put(reportsOf(leadOnlyMeasure) + "/" + id).then()
                .statusCode(200)
                .header("ETag", equalTo("\"1-gzip\""))
                .body("links.url", contains("https://example.no/b", "https://example.no/c"));
    }

    @Test
    void shouldForbidAnUnrelatedReporterToCorrect() {
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        TestAccounts.Credentials partner = TestAccounts.create(Role.REPORTER, plan.partnerPartyId());
        long id = create(editor, report("2031-08-31", "IN_PROGRESS", "ON_TRACK", "Redaktørens"));
        partner.session().header("If-Match", "\"0\"")
                .body(report("2031-08-31", "CANCELLED", "OFF_TRACK", "Kapret"))
                .put(reportsOf(leadOnlyMeasure) + "/" + id).then()
                .statusCode(403)
                .body("type", equalTo("urn:planstatus:problem:forbidden"));
    }

    @Test
    void shouldAcceptReportDatesOnTheEdgesOfThePlanPeriodOnly() {
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        create(editor, report("2031-01-01", "NOT_STARTED", "ON_TRACK", "Første dag"));
        create(editor, report("2032-12-31", "COMPLETED", "ON_TRACK", "Siste dag"));
        for (String outside : List.of("2030-12-31", "2033-01-01")) {
            editor.session().body(report(outside, "NOT_STARTED", "ON_TRACK", "Utenfor"))
                    .post(reportsOf(leadOnlyMeasure)).then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", contains("reportDate"))
                    .body("violations[0].message", equalTo(
                            "må ligge innenfor handlingsplanens periode, 1. januar 2031 til 31. desember 2032"));
        }
    }

    @Test
    void shouldRejectAnUnknownStatus() {
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        editor.session().body(report("2031-05-01", "DONE", "ON_TRACK", "Feil status"))
                .post(reportsOf(leadOnlyMeasure)).then()
                .statusCode(400)
                .body("type", equalTo("urn:planstatus:problem:bad-request"))
                .body("violations.field", contains("status"))
                .body("violations[0].message", containsString("IN_PROGRESS"));
    }

    @Test
    void shouldNotLetTheClientSetTheAuthor() {
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        Map<String, Object> body = report("2031-05-01", "IN_PROGRESS", "ON_TRACK", "Forfalsket");
        body.put("author", "Ordføreren");
        editor.session().body(body).post(reportsOf(leadOnlyMeasure)).then()
                .statusCode(400)
                .body("violations.field", contains("author"))
                .body("violations[0].message", equalTo("er ikke et felt i denne operasjonen"));
    }

    @Test
    void shouldRejectMissingAndOverlongFields() {
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        Map<String, Object> body = new HashMap<>();
        body.put("percentComplete", 101);
        body.put("text", " ");
        editor.session().body(body).post(reportsOf(leadOnlyMeasure)).then()
                .statusCode(400)
                .body("violations.field",
                        contains("assessment", "percentComplete", "periodId", "reportDate", "status", "text"))
                .body("violations.find { it.field == 'text' }.message", equalTo("må fylles ut"));
    }

    @Test
    void shouldAcceptOnlyWebLinksAndAtMostTen() {
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        Map<String, Object> body = report("2031-05-01", "IN_PROGRESS", "ON_TRACK", "Lenker");
        body.put("links", List.of(Map.of("url", "https://example.no/ok"), Map.of("url", "javascript:alert(1)")));
        editor.session().body(body).post(reportsOf(leadOnlyMeasure)).then()
                .statusCode(400)
                .body("violations.field", contains("links[1].url"))
                .body("violations[0].message", equalTo("må være en fullstendig http- eller https-adresse"));

        List<Map<String, String>> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(Map.of("url", "https://example.no/" + i));
        }
        body.put("links", eleven);
        editor.session().body(body).post(reportsOf(leadOnlyMeasure)).then()
                .statusCode(400)
                .body("violations.field", contains("links"));
    }

    @Test
    void shouldAnswer404ForAReportOfAnotherMeasure() {
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        long id = create(editor, report("2031-05-01", "IN_PROGRESS", "ON_TRACK", "Her"));
        given().get(reportsOf(leadAndPartnerMeasure) + "/" + id).then()
                .statusCode(404)
                .body("type", equalTo("urn:planstatus:problem:not-found"));
        editor.session().header("If-Match", "\"0\"").body(report("2031-05-01", "IN_PROGRESS", "ON_TRACK", "Der"))
                .put(reportsOf(leadAndPartnerMeasure) + "/" + id).then()
                .statusCode(404);
    }

    /** The test plan's editor who approves reporters' reports in these tests. */
    private TestAccounts.Credentials approver;

    /** Approves a reporter's report, so that it is public like the reports these tests were written for. */
    private void approve(long measureId, long id, int version) {
        if (approver == null) {
            approver = TestAccounts.create(Role.EDITOR, null);
        }
        approver.session().header("If-Match", "\"" + version + "\"")
                .post(reportsOf(measureId) + "/" + id + "/approve").then()
                .statusCode(200)
                .body("state", equalTo("APPROVED"));
    }

    private long create(TestAccounts.Credentials who, Map<String, Object> body) {
        return who.session().body(body).post(reportsOf(leadOnlyMeasure)).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static String reportsOf(long measureId) {
        return "/api/v1/measures/" + measureId + "/reports";
    }

    /** A report body on the test plan's period that the date falls in (every measure here is of that plan). */
    private Map<String, Object> report(String date, String status, String assessment, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("reportDate", date);
        body.put("periodId", TestPlans.periodOn(leadOnlyMeasure, date.startsWith("2031") || date.startsWith("2032")
                ? date : "2031-05-01"));
        body.put("status", status);
        body.put("assessment", assessment);
        body.put("text", text);
        return body;
    }
}
