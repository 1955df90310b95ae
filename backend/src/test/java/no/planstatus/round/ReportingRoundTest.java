package no.planstatus.round;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.planstatus.audit.AuditEvent;
import no.planstatus.reminder.ReminderLog;
import no.planstatus.report.ReportState;
import no.planstatus.security.Role;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestPeriods;
import no.planstatus.support.TestPlans;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportingRoundTest {

    private static final LocalDate START = LocalDate.of(2031, 1, 1);
    private static final LocalDate END = LocalDate.of(2031, 4, 30);

    @Inject
    TestPlans plans;

    @Inject
    EntityManagerFactory entityManagerFactory;

    private TestAccounts.Credentials editor;
    private TestPlans.Created plan;
    private long periodId;

    @BeforeEach
    void createPlanAndPeriod() {
        editor = TestAccounts.create(Role.EDITOR, null);
        plan = plans.create(List.of());
        periodId = TestPeriods.create(plan.actionPlanId(), START, END);
    }

    @Test
    void shouldOpenARoundOnTheSeedPlanWithEveryUnfinishedMeasure() {
        long seedPlan = given().get("/api/v1/action-plans").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.code == '2021-22' }.id");
        List<String> statuses = given().queryParam("actionPlan", seedPlan).queryParam("limit", 100)
                .get("/api/v1/measures").then().statusCode(200).extract().jsonPath()
                .getList("items.currentStatus.status");
        long unfinished = statuses.stream().filter(s -> !s.equals("COMPLETED") && !s.equals("CANCELLED")).count();
        long seedPeriod = TestPeriods.create(seedPlan, LocalDate.of(2022, 5, 1), LocalDate.of(2022, 8, 31));

        JsonPath round = open(Map.of("periodId", seedPeriod, "deadline", "2022-10-01", "message", "Husk fristen"))
                .then().statusCode(201).extract().jsonPath();

        assertEquals(22, statuses.size(), "the seed plan has 22 measures");
        assertEquals(unfinished, round.getList("measures").size());
        assertEquals("2022-10-01", round.getString("deadline"));
        assertEquals("Husk fristen", round.getString("message"));
        assertEquals(true, round.getBoolean("open"));
        given().get("/api/v1/rounds/{id}/progress", round.getLong("id")).then().statusCode(401);
    }

    @Test
    void shouldAskTheLeadBodiesByDefaultAndLetAnEditorAddPartners() {
        JsonPath round = open(Map.of("periodId", periodId, "deadline", "2031-06-01")).then().statusCode(201)
                .header("Location", containsString("/api/v1/rounds/")).extract().jsonPath();

        assertEquals(List.of(plan.reference(1, 1), plan.reference(1, 2), plan.reference(2, 1)),
                round.getList("measures.reference"));
        assertEquals(List.of(plan.leadSlug()), round.getList("measures[1].parties.slug"),
                "measure 1.2 is led by the lead, with the partner as partner");
        assertEquals(List.of(plan.partnerSlug()), round.getList("measures[2].parties.slug"));

        long id = round.getLong("id");
        Response changed = editor.session().header("If-Match", "\"" + round.getLong("version") + "\"")
                .body(Map.of("measures", List.of(
                        Map.of("measureId", plan.measureId(1, 2), "partyIds",
                                List.of(plan.leadPartyId(), plan.partnerPartyId())),
                        Map.of("measureId", plan.measureId(2, 1), "partyIds", List.of(plan.partnerPartyId())))))
                .put("/api/v1/rounds/{id}/assignments", id);
        changed.then().statusCode(200)
                .body("measures.reference", contains(plan.reference(1, 2), plan.reference(2, 1)))
                .body("measures[0].parties.slug", contains(plan.leadSlug(), plan.partnerSlug()));
        assertEquals(round.getLong("version") + 1, changed.jsonPath().getLong("version"));
        assertEquals("\"" + changed.jsonPath().getLong("version") + "-gzip\"", changed.header("ETag"));

        editor.session().header("If-Match", "\"" + round.getLong("version") + "\"")
                .body(Map.of("measures", List.of(Map.of("measureId", plan.measureId(1, 1), "partyIds",
                        List.of(plan.leadPartyId())))))
                .put("/api/v1/rounds/{id}/assignments", id).then().statusCode(412);
        assertEquals(List.of("CREATE", "UPDATE"), QuarkusTransaction.requiringNew().call(() ->
                AuditEvent.<AuditEvent>list("entityType = ?1 and entityId = ?2 order by id",
                        "reporting-round", id).stream().map(e -> e.action.name()).toList()));
    }

    @Test
    void shouldAddExtraPartiesWhenOpeningAndRejectMeasuresOfAnotherPlan() {
        TestPlans.Created other = plans.create(List.of());
        open(Map.of("periodId", periodId, "deadline", "2031-06-01",
                "measureIds", List.of(plan.measureId(1, 2), other.measureId(1, 1))))
                .then().statusCode(400)
                .body("violations.field", contains("measureIds[1]"))
                .body("violations[0].message", containsString(plan.actionPlanCode()));
        open(Map.of("periodId", periodId, "deadline", "2030-12-31")).then().statusCode(400)
                .body("violations.field", contains("deadline"))
                .body("violations[0].message", equalTo("kan ikke være før periodens start, 1. januar 2031"));

        open(Map.of("periodId", periodId, "deadline", "2031-06-01", "measureIds", List.of(plan.measureId(1, 2)),
                "extraAssignments", List.of(Map.of("measureId", plan.measureId(1, 2), "partyId",
                        plan.partnerPartyId()))))
                .then().statusCode(201)
                .body("measures.reference", contains(plan.reference(1, 2)))
                .body("measures[0].parties.slug", contains(plan.leadSlug(), plan.partnerSlug()));
    }

    @Test
    void shouldAllowOneOpenRoundPerPeriodAndTakeNoChangesOnceClosed() {
        JsonPath round = open(Map.of("periodId", periodId, "deadline", "2031-06-01")).then().statusCode(201)
                .extract().jsonPath();
        long id = round.getLong("id");
        open(Map.of("periodId", periodId, "deadline", "2031-06-15")).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("allerede en åpen rapporteringsrunde"))
                .body("detail", containsString("1. juni 2031"));

        editor.session().post("/api/v1/rounds/{id}/close", id).then().statusCode(428);
        editor.session().header("If-Match", "\"" + round.getLong("version") + "\"")
                .post("/api/v1/rounds/{id}/close", id).then().statusCode(200)
                .body("open", equalTo(false)).body("closedBy", equalTo("Test " + editor.username()));
        String etag = given().spec(editor.session()).get("/api/v1/rounds/{id}", id).then().statusCode(200)
                .extract().header("ETag");

        editor.session().header("If-Match", etag).post("/api/v1/rounds/{id}/close", id).then().statusCode(409)
                .body("detail", containsString("er lukket"));
        editor.session().header("If-Match", etag).body(Map.of("measures", List.of(Map.of("measureId",
                        plan.measureId(1, 1), "partyIds", List.of(plan.leadPartyId())))))
                .put("/api/v1/rounds/{id}/assignments", id).then().statusCode(409);
        editor.session().header("If-Match", etag).body(Map.of("deadline", "2031-07-01"))
                .put("/api/v1/rounds/{id}", id).then().statusCode(409);

        long next = open(Map.of("periodId", periodId, "deadline", "2031-06-15")).then().statusCode(201).extract()
                .jsonPath().getLong("id");
        List<Long> listed = editor.session().get("/api/v1/rounds").then().statusCode(200).extract().jsonPath()
                .getList("items.id", Long.class);
        assertEquals(true, listed.indexOf(next) < listed.indexOf(id), "open rounds come first: " + listed);
    }

    @Test
    void shouldCountTheRoundsProgressFromTheReportsOfItsPeriod() {
        long measure11 = plan.measureId(1, 1);
        long measure12 = plan.measureId(1, 2);
        long measure21 = plan.measureId(2, 1);
        long id = open(Map.of("periodId", periodId, "deadline", "2031-06-01", "extraAssignments",
                List.of(Map.of("measureId", measure12, "partyId", plan.partnerPartyId()))))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long otherPeriod = TestPeriods.create(plan.actionPlanId(), LocalDate.of(2031, 5, 1),
                LocalDate.of(2031, 8, 31));
        TestPeriods.report(measure11, periodId, ReportState.DRAFT, null, "Utkast først");
        long approved = TestPeriods.report(measure11, periodId, ReportState.APPROVED, null, "Godkjent");
        TestPeriods.report(measure12, periodId, ReportState.SUBMITTED, null, "Sendt inn");
        TestPeriods.report(measure21, periodId, ReportState.DRAFT, null, "Bare et utkast");
        TestPeriods.report(measure21, otherPeriod, ReportState.APPROVED, null, "En annen periode");
        Instant reminded = Instant.parse("2031-05-25T08:00:00Z");
        remind(id, plan.partnerPartyId(), reminded);

        JsonPath progress = editor.session().get("/api/v1/rounds/{id}/progress", id).then().statusCode(200)
                .extract().jsonPath();

        assertEquals("2 av 3 tiltak rapportert, 1 venter på godkjenning, 1 mangler",
                progress.getString("totals.summary"));
        assertEquals(List.of(3, 2, 1, 1), List.of(progress.getInt("totals.total"), progress.getInt("totals.reported"),
                progress.getInt("totals.awaitingApproval"), progress.getInt("totals.missing")));
        assertEquals(List.of("REPORTED", "AWAITING_APPROVAL", "MISSING"), progress.getList("measures.completeness"));
        assertEquals(approved, progress.getLong("measures[0].latestReport.id"),
                "the newest report of the period (created last)");
        assertEquals("DRAFT", progress.getString("measures[2].latestReport.state"));
        assertEquals(List.of(plan.leadSlug(), plan.partnerSlug()), progress.getList("measures[1].parties.slug"));

        Map<String, String> byParty = Map.of(
                progress.getString("byParty.find { it.party.slug == '" + plan.leadSlug() + "' }.counts.summary"),
                "lead",
                progress.getString("byParty.find { it.party.slug == '" + plan.partnerSlug() + "' }.counts.summary"),
                "partner");
        assertEquals(Map.of("2 av 2 tiltak rapportert, 1 venter på godkjenning, 0 mangler", "lead",
                "1 av 2 tiltak rapportert, 1 venter på godkjenning, 1 mangler", "partner"), byParty);
        assertEquals(List.of("2 av 2 tiltak rapportert, 1 venter på godkjenning, 0 mangler",
                "0 av 1 tiltak rapportert, 0 venter på godkjenning, 1 mangler"), progress.getList("byGoal.counts.summary"));
        assertEquals(List.of(1, 2), progress.getList("byGoal.number"));

        assertEquals(reminded.toString(), progress.getString(
                "byParty.find { it.party.slug == '" + plan.partnerSlug() + "' }.lastRemindedAt"));
        assertNull(progress.get("byParty.find { it.party.slug == '" + plan.leadSlug() + "' }.lastRemindedAt"));
        assertEquals(List.of("Kari Partner"), progress.getList("reminders.recipientName"));
        assertEquals(true, progress.getBoolean("mailConfigured"), "the tests' SMTP server is configured");

        editor.session().get("/api/v1/rounds").then().statusCode(200)
                .body("items.find { it.id == " + id + " }.counts.summary",
                        equalTo("2 av 3 tiltak rapportert, 1 venter på godkjenning, 1 mangler"));
    }

    @Test
    void shouldListWhatAReportersPartyOwesWithTheReportToStartFrom() {
        long measure12 = plan.measureId(1, 2);
        long measure21 = plan.measureId(2, 1);
        TestAccounts.Credentials partner = TestAccounts.create(Role.REPORTER, plan.partnerPartyId());
        TestAccounts.Credentials colleague = TestAccounts.create(Role.REPORTER, plan.partnerPartyId());
        JsonPath round = open(Map.of("periodId", periodId, "deadline", "2031-06-01", "message", "Frist 1. juni",
                "extraAssignments", List.of(Map.of("measureId", measure12, "partyId", plan.partnerPartyId()))))
                .then().statusCode(201).extract().jsonPath();
        TestPeriods.report(measure12, periodId, ReportState.SUBMITTED, null, "Sendt inn av leder");
        long returned = TestPeriods.report(measure21, periodId, ReportState.RETURNED, partner.accountId(),
                "Partnerens tekst");

        JsonPath mine = partner.session().get("/api/v1/me/obligations").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(plan.reference(1, 2), plan.reference(2, 1)), mine.getList("items.reference"));
        assertEquals(List.of("SUBMITTED", "RETURNED"), mine.getList("items.status"));
        assertEquals(List.of("Venter på godkjenning", "Sendt tilbake"), mine.getList("items.statusLabel"));
        assertEquals("2031-06-01", mine.getString("items[0].deadline"));
        assertEquals("Frist 1. juni", mine.getString("items[0].message"));
        assertEquals(round.getString("period.label"), mine.getString("items[0].period.label"));
        assertEquals("Skriv mer om framdriften.", mine.getString("items[1].reviewComment"));
        assertEquals(returned, mine.getLong("items[1].lastReport.id"));
        assertEquals("Partnerens tekst", mine.getString("items[1].lastReport.text"));
        assertEquals(true, mine.getBoolean("items[1].lastReport.mine"));

        colleague.session().get("/api/v1/me/obligations").then().statusCode(200)
                .body("items.status", contains("SUBMITTED", "MISSING"))
                .body("items[1].lastReport", nullValue());
        editor.session().get("/api/v1/me/obligations").then().statusCode(200).body("items.size()", equalTo(0));
        given().get("/api/v1/me/obligations").then().statusCode(401);

        editor.session().header("If-Match", "\"" + round.getLong("version") + "\"")
                .post("/api/v1/rounds/{id}/close", round.getLong("id")).then().statusCode(200);
        partner.session().get("/api/v1/me/obligations").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void shouldProposeTheDefaultsForAPeriod() {
        JsonPath proposal = editor.session().queryParam("periodId", periodId).get("/api/v1/rounds/proposal").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(false, proposal.getBoolean("periods.find { it.period.id == " + periodId + " }.hasOpenRound"));
        assertEquals(List.of(true, true, true), proposal.getList("measures.selectedByDefault"));
        assertEquals(List.of(plan.leadSlug(), plan.partnerSlug()),
                proposal.getList("measures[1].responsibleParties.slug"));
        assertEquals(List.of(plan.leadSlug()), proposal.getList("measures[1].defaultParties.slug"));
    }

    @Test
    void shouldKeepRoundsFromReportersAndAnonymousCallers() {
        TestAccounts.Credentials reporter = TestAccounts.create(Role.REPORTER, plan.leadPartyId());
        long id = open(Map.of("periodId", periodId, "deadline", "2031-06-01")).then().statusCode(201).extract()
                .jsonPath().getLong("id");
        for (String path : List.of("/api/v1/rounds", "/api/v1/rounds/" + id, "/api/v1/rounds/" + id + "/progress",
                "/api/v1/rounds/proposal")) {
            given().get(path).then().statusCode(401).contentType("application/problem+json");
            reporter.session().get(path).then().statusCode(403).contentType("application/problem+json");
        }
        reporter.session().body(Map.of("periodId", periodId, "deadline", "2031-06-01")).post("/api/v1/rounds")
                .then().statusCode(403);
    }

    @Test
    void shouldReadProgressAndObligationsWithTheSameNumberOfStatementsWhateverTheNumberOfMeasures() {
        TestAccounts.Credentials lead = TestAccounts.create(Role.REPORTER, plan.leadPartyId());
        long small = open(Map.of("periodId", periodId, "deadline", "2031-06-01", "measureIds",
                List.of(plan.measureId(1, 1)))).then().statusCode(201).extract().jsonPath().getLong("id");
        TestPeriods.report(plan.measureId(1, 1), periodId, ReportState.SUBMITTED, lead.accountId(), "Sendt");
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            long oneMeasure = statements(statistics, () -> editor.session()
                    .get("/api/v1/rounds/{id}/progress", small).then().statusCode(200));
            long oneObligation = statements(statistics, () -> lead.session().get("/api/v1/me/obligations").then()
                    .statusCode(200).body("items.size()", equalTo(1)));

            long otherPeriod = TestPeriods.create(plan.actionPlanId(), LocalDate.of(2031, 5, 1),
                    LocalDate.of(2031, 8, 31));
            long large = open(Map.of("periodId", otherPeriod, "deadline", "2031-10-01", "extraAssignments",
                    List.of(Map.of("measureId", plan.measureId(1, 2), "partyId", plan.partnerPartyId()))))
                    .then().statusCode(201).extract().jsonPath().getLong("id");
            for (int goal = 1; goal <= 2; goal++) {
                TestPeriods.report(plan.measureId(goal, 1), otherPeriod, ReportState.APPROVED, null, "Godkjent");
            }
            long threeMeasures = statements(statistics, () -> editor.session()
                    .get("/api/v1/rounds/{id}/progress", large).then().statusCode(200)
                    .body("measures.size()", equalTo(3)));
            long threeObligations = statements(statistics, () -> lead.session().get("/api/v1/me/obligations")
                    .then().statusCode(200).body("items.size()", equalTo(3)));

            assertTrue(oneMeasure > 0, "statistics are collected");
            assertEquals(oneMeasure, threeMeasures, "progress statements");
            assertEquals(oneObligation, threeObligations, "obligation statements");
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    /**
     * The statements Hibernate prepared for a signed-in read (never answered from the response cache): the least of
     * three runs, since the statistics are global and a background job that happens to run meanwhile adds its own.
     */
    private static long statements(Statistics statistics, Runnable request) {
        long least = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            statistics.clear();
            request.run();
            least = Math.min(least, statistics.getPrepareStatementCount());
        }
        return least;
    }

    private Response open(Map<String, Object> body) {
        return editor.session().body(body).post("/api/v1/rounds");
    }

    private static void remind(long roundId, long partyId, Instant at) {
        QuarkusTransaction.requiringNew().run(() -> {
            ReminderLog log = new ReminderLog();
            log.roundId = roundId;
            log.kind = "BEFORE_DEADLINE";
            log.recipientName = "Kari Partner";
            log.recipientEmail = "kari@kommune.test";
            log.partyId = partyId;
            log.measureCount = 1;
            log.sentAt = at;
            log.outcome = "SENT";
            log.persist();
        });
    }
}
