package no.planstatus.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.stringContainsInOrder;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.planstatus.common.DataRevision;
import no.planstatus.party.PartyKind;
import no.planstatus.period.ReportingPeriod;
import no.planstatus.report.Assessment;
import no.planstatus.report.ImplementationStatus;
import no.planstatus.report.ReportState;
import no.planstatus.support.TestPeriods;
import no.planstatus.support.TestPlans;
import no.planstatus.transfer.PlanDocument;
import no.planstatus.transfer.PlanImporter;
import org.junit.jupiter.api.Test;

/**
 * A plan of seven measures under two goals, reported in the 1st and 2nd tertial of 2031:
 * <pre>
 *          lead   1. tertial             2. tertial
 *   1.1    A      Pågår, På sporet       Fullført, På sporet
 *   1.2    A (+P) Pågår, Risiko          Fullført, På sporet
 *   1.3    A      Ikke startet, Risiko   –
 *   1.4    B      –                      Utsatt, Ikke på sporet
 *   2.1    A      Fullført, På sporet    –
 *   2.2    B (+P) –                      Pågår, Risiko
 *   2.3    B      –                      (a submitted report, not yet approved)
 * </pre>
 */
@QuarkusTest
class DashboardTest {

    private static final LocalDate FIRST_TERTIAL = LocalDate.of(2031, 3, 15);
    private static final LocalDate SECOND_TERTIAL = LocalDate.of(2031, 6, 15);

    @Inject
    Fixtures fixtures;

    record Plan(long actionPlanId, String suffix, long leadA, long leadB, long partner, long firstTertial,
            long secondTertial) {
    }

    /**
     * The plan the tests that only read share, and a second one where a test needs another plan: every measure a
     * test class adds counts towards the lists other tests page through in one request.
     */
    private static Plan shared;
    private static Plan other;

    private Plan plan() {
        if (shared == null) {
            shared = fixtures.create();
        }
        return shared;
    }

    private Plan otherPlan() {
        if (other == null) {
            other = fixtures.create();
        }
        return other;
    }

    private static JsonPath dashboard(Plan plan, long periodId) {
        return given().queryParam("actionPlan", plan.actionPlanId()).queryParam("period", periodId)
                .get("/api/v1/dashboard").then().statusCode(200).contentType(startsWith("application/json"))
                .extract().jsonPath();
    }

    @Test
    void shouldCountThePlanPerStatusAndAssessmentAsOfTheSecondTertial() {
        Plan plan = plan();
        JsonPath body = dashboard(plan, plan.secondTertial());

        assertThat(body.getString("period.label"), equalTo("2. tertial 2031"));
        assertThat(body.getString("previousPeriod.label"), equalTo("1. tertial 2031"));
        assertThat(body.getInt("plan.total"), equalTo(7));
        assertThat(body.getList("plan.byStatus.status"), contains("NOT_REPORTED",
                "NOT_STARTED", "IN_PROGRESS", "COMPLETED", "POSTPONED", "CANCELLED"));
        assertThat(body.getList("plan.byStatus.count", Integer.class),
                contains(1, 1, 1, 3, 1, 0));
        assertThat(body.getList("plan.byStatus.label"), contains("Ikke rapportert",
                "Ikke startet", "Pågår", "Fullført", "Utsatt", "Avbrutt"));
        assertThat(body.getList("plan.byAssessment.assessment"),
                contains("ON_TRACK", "AT_RISK", "OFF_TRACK", null));
        assertThat(body.getList("plan.byAssessment.count", Integer.class),
                contains(3, 2, 1, 1));
        assertThat(body.getString("plan.byAssessment[3].label"), equalTo("Ikke vurdert"));
        assertThat(body.getList("previous.byStatus.count", Integer.class),
                contains(3, 1, 2, 1, 0, 0));
        assertThat(body.getList("previous.byAssessment.count", Integer.class),
                contains(2, 2, 0, 3));
    }

    @Test
    void shouldWriteTheChangesSinceThePreviousPeriodInNorwegian() {
        Plan plan = plan();
        JsonPath body = dashboard(plan, plan.secondTertial());

        assertThat(body.getList("changes"), contains(
                "2 færre ikke rapportert siden 1. tertial 2031",
                "1 færre pågår siden 1. tertial 2031",
                "2 flere fullført siden 1. tertial 2031",
                "1 flere utsatt siden 1. tertial 2031",
                "1 flere vurdert «" + Assessment.ON_TRACK.label() + "» siden 1. tertial 2031",
                "1 flere vurdert «" + Assessment.OFF_TRACK.label() + "» siden 1. tertial 2031",
                "2 færre ikke vurdert siden 1. tertial 2031"));
    }

    @Test
    void shouldCountPerGoalInGoalOrderAndPerLeadPartyByName() {
        Plan plan = plan();
        JsonPath body = dashboard(plan, plan.secondTertial());

        assertThat(body.getList("goals.number", Integer.class), contains(1, 2));
        assertThat(body.getString("goals[0].text"), equalTo("mål én " + plan.suffix()));
        assertThat(body.getList("goals[0].counts.byStatus.count", Integer.class),
                contains(0, 1, 0, 2, 1, 0));
        assertThat(body.getList("goals[1].counts.byStatus.count", Integer.class),
                contains(1, 0, 1, 1, 0, 0));

        assertThat(body.getString("partyRole"), equalTo("LEAD"));
        assertThat(body.getList("parties.partyId", Long.class),
                contains(plan.leadA(), plan.leadB()));
        assertThat(body.getList("parties.name"),
                contains("Avdeling A " + plan.suffix(), "Avdeling B " + plan.suffix()));
        assertThat(body.getList("parties[0].counts.byStatus.count", Integer.class),
                contains(0, 1, 0, 3, 0, 0));
        assertThat(body.getList("parties[1].counts.byStatus.count", Integer.class),
                contains(1, 0, 1, 0, 1, 0));
    }

    @Test
    void shouldHaveNoPreviousPeriodForThePlansFirstPeriod() {
        Plan plan = plan();
        JsonPath body = dashboard(plan, plan.firstTertial());

        assertThat(body.getString("period.label"), equalTo("1. tertial 2031"));
        assertThat(body.get("previousPeriod"), nullValue());
        assertThat(body.get("previous"), nullValue());
        assertThat(body.getList("changes"), empty());
    }

    @Test
    void shouldCountCurrentStatusesWhenThePlanHasNoClosedPeriod() {
        Plan plan = plan();
        given().queryParam("actionPlan", plan.actionPlanId()).get("/api/v1/dashboard").then().statusCode(200)
                .body("actionPlan.id", equalTo((int) plan.actionPlanId()))
                .body("period", nullValue())
                .body("previousPeriod", nullValue())
                .body("changes", empty())
                // Every measure's latest approved report: 1.3 and 2.1 keep their 1st-tertial status.
                .body("plan.byStatus.count", contains(1, 1, 1, 3, 1, 0));
    }

    @Test
    void shouldDefaultToThePlansLatestClosedPeriod() {
        Plan plan = fixtures.create();
        fixtures.lock(plan.firstTertial());

        given().queryParam("actionPlan", plan.actionPlanId()).get("/api/v1/dashboard").then().statusCode(200)
                .body("period.id", equalTo((int) plan.firstTertial()))
                .body("plan.byStatus.count", contains(3, 1, 2, 1, 0, 0));
        // The period alone names its plan.
        given().queryParam("period", plan.secondTertial()).get("/api/v1/dashboard").then().statusCode(200)
                .body("actionPlan.id", equalTo((int) plan.actionPlanId()))
                .body("actionPlan.title", equalTo("Handlingsplan " + plan.suffix()));
    }

    @Test
    void shouldDefaultToAnAdoptedPlanWithMeasures() {
        plan();
        given().get("/api/v1/dashboard").then().statusCode(200)
                .body("actionPlan.id", notNullValue())
                .body("plan.total", not(equalTo(0)));
    }

    @Test
    void shouldRejectUnknownAndMalformedIdsAndAPeriodOfAnotherPlan() {
        Plan plan = plan();
        Plan other = otherPlan();
        given().queryParam("actionPlan", 999_999_999L).get("/api/v1/dashboard").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("Handlingsplan med id 999999999 finnes ikke."));
        given().queryParam("period", 999_999_999L).get("/api/v1/dashboard").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("Rapporteringsperiode med id 999999999 finnes ikke."));
        given().queryParam("actionPlan", "01").queryParam("period", "x").get("/api/v1/dashboard").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("actionPlan", "period"));
        given().queryParam("actionPlan", plan.actionPlanId()).queryParam("period", other.secondTertial())
                .get("/api/v1/dashboard").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("period"))
                .body("violations[0].message", containsString("en annen handlingsplan"));
        given().queryParam("plan", plan.actionPlanId()).get("/api/v1/dashboard").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldBeCachedByTheDataRevision() {
        Plan plan = plan();
        String etag = given().queryParam("actionPlan", plan.actionPlanId()).get("/api/v1/dashboard").then()
                .statusCode(200).header("ETag", startsWith("\"r")).extract().header("ETag");
        given().queryParam("actionPlan", plan.actionPlanId()).header("If-None-Match", etag)
                .get("/api/v1/dashboard").then().statusCode(304);
    }

    @Test
    void shouldRenderTheEmbedAsTablesWithLinkedNumbersAndNoScript() {
        Plan plan = plan();
        String html = given().queryParam("actionPlan", plan.actionPlanId())
                .queryParam("period", plan.secondTertial()).get("/embed/dashboard").then().statusCode(200)
                .contentType(startsWith("text/html")).extract().asString();
        String overview = "/?plan=" + plan.actionPlanId();

        assertThat(html, allOf(
                containsString("<html lang=\"nb\">"),
                containsString("Status pr. 2. tertial 2031 · 7 tiltak"),
                containsString("<li>2 flere fullført siden 1. tertial 2031</li>"),
                containsString("<caption>Tiltak etter status</caption>"),
                containsString("<caption>Tiltak etter vurdering</caption>"),
                containsString("<caption>Tiltak etter mål</caption>"),
                containsString("<caption>Tiltak etter ansvarlig (den som leder tiltaket)</caption>"),
                containsString("<th scope=\"col\" class=\"ps-num\">Pr. 1. tertial 2031</th>"),
                containsString("<tr><th scope=\"row\">Fullført</th><td class=\"ps-num\"><a href=\"http://")
                , containsString(overview + "&amp;status=COMPLETED\" target=\"_top\">3</a></td><td>43 %"
                        + "<span class=\"ps-bar\" aria-hidden=\"true\"><span class=\"ps-fill ps-w43\"></span></span>"
                        + "</td><td class=\"ps-num\">1</td></tr>"),
                containsString(overview + "&amp;assessment=AT_RISK\" target=\"_top\">2</a>"),
                containsString("<th scope=\"row\">Mål 1: mål én " + plan.suffix() + "</th>"),
                containsString(overview + "&amp;goal="),
                containsString(overview + "&amp;party=" + plan.leadA() + "&amp;role=LEAD&amp;status=COMPLETED\""
                        + " target=\"_top\">3</a>"),
                // The one script, which only tells a framing page the content's height (embed/frame.js).
                containsString("<script src=\"http://localhost:8080/embed/frame.js\" defer></script></head>"),
                not(containsString("<script>")),
                not(stringContainsInOrder("<script", "<script")),
                not(containsString("style=\""))));
    }

    @Test
    void shouldAnswerTheEmbedsErrorsAsPages() {
        Plan plan = plan();
        Plan other = otherPlan();
        given().queryParam("actionPlan", "abc").get("/embed/dashboard").then().statusCode(400)
                .contentType(startsWith("text/html")).body(containsString("Handlingsplanens id"));
        given().queryParam("actionPlan", 999_999_999L).get("/embed/dashboard").then().statusCode(404)
                .contentType(startsWith("text/html"));
        given().queryParam("actionPlan", plan.actionPlanId()).queryParam("period", other.firstTertial())
                .get("/embed/dashboard").then().statusCode(400).contentType(startsWith("text/html"))
                .body(containsString("en annen handlingsplan"));
    }

    @ApplicationScoped
    static class Fixtures {

        @Inject
        PlanImporter importer;

        @Inject
        DataRevision revision;

        Plan create() {
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            String a = "avd-a-" + suffix;
            String b = "avd-b-" + suffix;
            String p = "partner-" + suffix;
            String code = "D" + suffix;
            List<PlanDocument.Measure> measures = List.of(
                    measure(code, "1.1", 1, a, null, List.of(
                            report(FIRST_TERTIAL, ImplementationStatus.IN_PROGRESS, Assessment.ON_TRACK),
                            report(SECOND_TERTIAL, ImplementationStatus.COMPLETED, Assessment.ON_TRACK))),
                    measure(code, "1.2", 1, a, p, List.of(
                            report(FIRST_TERTIAL, ImplementationStatus.IN_PROGRESS, Assessment.AT_RISK),
                            report(SECOND_TERTIAL, ImplementationStatus.COMPLETED, Assessment.ON_TRACK))),
                    measure(code, "1.3", 1, a, null, List.of(
                            report(FIRST_TERTIAL, ImplementationStatus.NOT_STARTED, Assessment.AT_RISK))),
                    measure(code, "1.4", 1, b, null, List.of(
                            report(SECOND_TERTIAL, ImplementationStatus.POSTPONED, Assessment.OFF_TRACK))),
                    measure(code, "2.1", 2, a, null, List.of(
                            report(FIRST_TERTIAL, ImplementationStatus.COMPLETED, Assessment.ON_TRACK))),
                    measure(code, "2.2", 2, b, p, List.of(
                            report(SECOND_TERTIAL, ImplementationStatus.IN_PROGRESS, Assessment.AT_RISK))),
                    measure(code, "2.3", 2, b, null, List.of()));
            importer.importNew(new PlanDocument(PlanDocument.FORMAT,
                    new PlanDocument.Council("Dashbordrådet " + suffix, "Visjon " + suffix),
                    List.of(new PlanDocument.Party(b, "Avdeling B " + suffix, PartyKind.INTERNAL_BODY),
                            new PlanDocument.Party(a, "Avdeling A " + suffix, PartyKind.INTERNAL_BODY),
                            new PlanDocument.Party(p, "Partner " + suffix, PartyKind.EXTERNAL_ORGANISATION)),
                    new PlanDocument.StrategicPlan("S" + suffix, "Strategisk plan " + suffix, 2030, 2034,
                            "Dashbordrådet", "2030-01", "Avslutning " + suffix,
                            List.of(new PlanDocument.Section("Seksjon " + suffix,
                                    List.of(new PlanDocument.Goal(1, "mål én " + suffix, null),
                                            new PlanDocument.Goal(2, "mål to " + suffix, null))))),
                    List.of(new PlanDocument.ActionPlan(code, "Handlingsplan " + suffix, 2031, 2032,
                            "Dashbordrådet", "2031-02-03", "Innledning", "Tiltak:", measures))));
            long actionPlanId = given().get("/api/v1/action-plans").then().statusCode(200).extract().jsonPath()
                    .getLong("items.find { it.code == '" + code + "' }.id");
            long second = TestPlans.periodId(actionPlanId, "2. tertial 2031");
            long measure23 = given().queryParam("reference", code + "/2.3").get("/api/v1/measures").then()
                    .statusCode(200).extract().jsonPath().getLong("items[0].id");
            // Submitted but not yet approved: counted nowhere.
            TestPeriods.report(measure23, second, ReportState.SUBMITTED, null, "Venter på godkjenning");
            return new Plan(actionPlanId, suffix, TestPlans.partyId(a), TestPlans.partyId(b), TestPlans.partyId(p),
                    TestPlans.periodId(actionPlanId, "1. tertial 2031"), second);
        }

        @Transactional
        void lock(long periodId) {
            ReportingPeriod period = ReportingPeriod.findById(periodId);
            period.locked = true;
            revision.bump();
        }

        private static PlanDocument.Measure measure(String code, String number, int goal, String lead,
                String partner, List<PlanDocument.Report> reports) {
            return new PlanDocument.Measure(code + "/" + number, goal, "tiltak " + number,
                    new PlanDocument.Responsibility("Ansvar " + number,
                            List.of(new PlanDocument.PartyWording(lead, "leder")),
                            partner == null ? List.of() : List.of(new PlanDocument.PartyWording(partner, "partner"))),
                    reports);
        }

        private static PlanDocument.Report report(LocalDate date, ImplementationStatus status,
                Assessment assessment) {
            return TestPlans.report(date, status, assessment, null, "Rapport " + date);
        }
    }
}
