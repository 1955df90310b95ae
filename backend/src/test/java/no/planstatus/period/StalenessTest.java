package no.planstatus.period;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import no.planstatus.common.DataRevision;
import no.planstatus.plan.ActionPlan;
import no.planstatus.report.Assessment;
import no.planstatus.report.ImplementationStatus;
import no.planstatus.report.ProgressReport;
import no.planstatus.support.TestPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * «Ikke rapportert for 2. tertial 2031»: a measure without an approved report for its plan's latest closed period
 * is marked in the API (with a filter), the embeds and the CSV; before a period closes nothing is marked; the
 * embeds never claim an update on today's date.
 */
@QuarkusTest
class StalenessTest {

    @Inject
    TestPlans plans;

    @Inject
    Fixtures fixtures;

    @Inject
    PeriodBoundaries boundaries;

    private TestPlans.Created plan;
    private long first;
    private long second;
    private long third;

    @BeforeEach
    void createPlan() {
        // Measure 1.1 has one report dated 30 September 2031 (a free-text period, as old reports have).
        plan = plans.create(List.of(TestPlans.report(LocalDate.of(2031, 9, 30), ImplementationStatus.IN_PROGRESS,
                Assessment.ON_TRACK, 40, "godt i gang")));
        first = plan.measureId(1, 1);
        second = plan.measureId(1, 2);
        third = plan.measureId(2, 1);
    }

    @Test
    void shouldMarkNothingWhileNoPeriodHasClosed() {
        // Due in the future and not locked: the deadline has not passed, so nobody is behind yet.
        fixtures.period(plan.actionPlanId(), "2. tertial 2031", LocalDate.of(2031, 5, 1), LocalDate.of(2031, 8, 31),
                LocalDate.of(2031, 10, 1), false);

        JsonPath measure = given().get("/api/v1/measures/" + second).then().statusCode(200).extract().jsonPath();
        assertFalse(measure.getBoolean("staleness.stale"));
        assertNull(measure.get("staleness.periodId"));
        given().queryParam("actionPlan", plan.actionPlanId()).queryParam("stale", true).get("/api/v1/measures")
                .then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void shouldMarkMeasuresWithoutAReportForTheLatestClosedPeriodAndFilterOnIt() {
        long tertial = fixtures.period(plan.actionPlanId(), "2. tertial 2031", LocalDate.of(2031, 5, 1),
                LocalDate.of(2031, 8, 31), LocalDate.of(2031, 10, 1), true);

        JsonPath reported = given().get("/api/v1/measures/" + first).then().statusCode(200).extract().jsonPath();
        assertFalse(reported.getBoolean("staleness.stale"), "a report dated in the period covers it");
        assertEquals(tertial, reported.getLong("staleness.periodId"));
        assertEquals("2. tertial 2031", reported.getString("staleness.periodLabel"));
        JsonPath behind = given().get("/api/v1/measures/" + second).then().statusCode(200).extract().jsonPath();
        assertTrue(behind.getBoolean("staleness.stale"));
        assertEquals("Ikke rapportert for 2. tertial 2031", behind.getString("staleness.label"));

        assertEquals(List.of(second, third), ids(given().queryParam("actionPlan", plan.actionPlanId())
                .queryParam("stale", true).get("/api/v1/measures")));
        assertEquals(List.of(first), ids(given().queryParam("actionPlan", plan.actionPlanId())
                .queryParam("stale", false).get("/api/v1/measures")));
    }

    @Test
    void shouldCountAReportForAnEarlierPeriodAsBehindAndACompletedMeasureAsDone() {
        long spring = fixtures.period(plan.actionPlanId(), "1. tertial 2031", LocalDate.of(2031, 1, 1),
                LocalDate.of(2031, 4, 30), LocalDate.of(2031, 6, 1), true);
        fixtures.period(plan.actionPlanId(), "2. tertial 2031", LocalDate.of(2031, 5, 1), LocalDate.of(2031, 8, 31),
                LocalDate.of(2031, 10, 1), true);
        fixtures.movePeriodOfCurrentReport(first, spring);

        JsonPath earlier = given().get("/api/v1/measures/" + first).then().statusCode(200).extract().jsonPath();
        assertTrue(earlier.getBoolean("staleness.stale"), "a report for the 1st tertial does not cover the 2nd");
        assertEquals("Ikke rapportert for 2. tertial 2031", earlier.getString("staleness.label"));

        fixtures.completeCurrentReport(first);
        assertFalse(given().get("/api/v1/measures/" + first).then().statusCode(200).extract().jsonPath()
                .getBoolean("staleness.stale"), "a completed measure needs no more reports");
        assertFalse(ids(given().queryParam("actionPlan", plan.actionPlanId()).queryParam("stale", true)
                .get("/api/v1/measures")).contains(first));
    }

    @Test
    void shouldShowTheMarkInTheEmbedAndTheCsvAndNeverTodaysDate() {
        fixtures.period(plan.actionPlanId(), "2. tertial 2031", LocalDate.of(2031, 5, 1), LocalDate.of(2031, 8, 31),
                LocalDate.of(2031, 10, 1), true);

        given().get("/embed/measures/" + second).then().statusCode(200)
                .body(containsString("Ikke rapportert for 2. tertial 2031"))
                .body(containsString("Ikke rapportert ennå"))
                .body(not(containsString("Sist oppdatert")));
        given().get("/embed/measures/" + first).then().statusCode(200)
                .body(containsString("Sist oppdatert <time datetime=\"2031-09-30\">30. september 2031</time>"))
                .body(not(containsString("Ikke rapportert for")));

        String csv = given().queryParam("actionPlan", plan.actionPlanId()).get("/api/v1/export/measures.csv").then()
                .statusCode(200).extract().asString();
        String secondRow = csv.lines().filter(line -> line.startsWith(plan.reference(1, 2))).findFirst().orElseThrow();
        assertTrue(secondRow.endsWith(";Ikke rapportert for 2. tertial 2031"), secondRow);
        String firstRow = csv.lines().filter(line -> line.startsWith(plan.reference(1, 1))).findFirst().orElseThrow();
        assertTrue(firstRow.endsWith(";"), firstRow);
    }

    @Test
    void shouldRefuseAStaleFilterThatIsNotABoolean() {
        given().queryParam("stale", "ja").get("/api/v1/measures").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("stale"))
                .body("violations[0].message", equalTo("må være true eller false, fikk «ja»"));
    }

    @Test
    void shouldRefreshPublicAnswersWhenAPeriodClosesOvernight() {
        LocalDate today = LocalDate.of(2031, 10, 2);
        fixtures.period(plan.actionPlanId(), "2. tertial 2031", LocalDate.of(2031, 5, 1), LocalDate.of(2031, 8, 31),
                today.minusDays(1), false);
        // The list's ETag names the public data revision: if it moves, caches and browsers fetch the list anew.
        String before = listEtag();

        assertFalse(boundaries.closeOvernight(today.plusDays(1)), "no period closed that night");
        assertEquals(before, listEtag());
        assertTrue(boundaries.closeOvernight(today));
        assertNotEquals(before, listEtag(), "the closed period's mark must not wait for the next write");
    }

    private String listEtag() {
        return given().queryParam("actionPlan", plan.actionPlanId()).get("/api/v1/measures").then().statusCode(200)
                .extract().header("ETag");
    }

    private static List<Long> ids(io.restassured.response.Response response) {
        return response.then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
    }

    /** Periods and report changes written directly, as the periods and review features will write them. */
    @jakarta.enterprise.context.ApplicationScoped
    static class Fixtures {

        @Inject
        DataRevision revision;

        @Transactional
        long period(long actionPlanId, String label, LocalDate startsOn, LocalDate endsOn, LocalDate dueOn,
                boolean locked) {
            // The plan's generated period of that label, if it has one (it is then re-dated as the test needs).
            ReportingPeriod period = ReportingPeriod.findByLabel(actionPlanId, label).orElseGet(ReportingPeriod::new);
            period.actionPlan = ActionPlan.findById(actionPlanId);
            period.kind = PeriodKind.TERTIAL;
            period.label = label;
            period.startsOn = startsOn;
            period.endsOn = endsOn;
            period.dueOn = dueOn;
            period.locked = locked;
            period.persist();
            revision.bump();
            return period.id;
        }

        @Transactional
        void movePeriodOfCurrentReport(long measureId, long periodId) {
            ProgressReport report = current(measureId);
            report.reportingPeriod = ReportingPeriod.findById(periodId);
            revision.bump();
        }

        @Transactional
        void completeCurrentReport(long measureId) {
            current(measureId).status = ImplementationStatus.COMPLETED;
            revision.bump();
        }

        private static ProgressReport current(long measureId) {
            return ProgressReport.<ProgressReport>find("measure.id = ?1 order by reportDate desc, id desc", measureId)
                    .firstResult();
        }
    }
}
