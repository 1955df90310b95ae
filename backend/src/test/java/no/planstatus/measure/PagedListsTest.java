package no.planstatus.measure;

import static io.restassured.RestAssured.given;
import static no.planstatus.support.TestPlans.report;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import no.planstatus.common.PageRequest;
import no.planstatus.report.Assessment;
import no.planstatus.report.ImplementationStatus;
import no.planstatus.security.Role;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestPlans;
import no.planstatus.transfer.PlanDocument;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PagedListsTest {

    @Inject
    TestPlans plans;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void shouldWalkMeasuresPageByPageWithoutDuplicatesOrGaps() {
        TestPlans.Created plan = plans.create(List.of());

        List<String> walked = walk(() -> given().queryParam("actionPlan", plan.actionPlanId()), "/api/v1/measures", 1,
                "reference");

        assertEquals(List.of(plan.reference(1, 1), plan.reference(1, 2), plan.reference(2, 1)), walked);
        given().queryParam("actionPlan", plan.actionPlanId()).get("/api/v1/measures").then()
                .body("items.reference", contains(plan.reference(1, 1), plan.reference(1, 2), plan.reference(2, 1)))
                .body("nextCursor", nullValue());
    }

    @Test
    void shouldWalkEveryMeasureInTheSameOrderAsOneBigPage() {
        plans.create(List.of());
        List<String> all = given().queryParam("limit", 500).get("/api/v1/measures").then().statusCode(200)
                .extract().jsonPath().getList("items.id", String.class);

        List<String> walked = walk(RestAssured::given, "/api/v1/measures", 7, "id");
        // One page holds at most 500: once the suite has made more measures, the walk goes on past it.
        assertEquals(all, all.size() < 500 ? walked : walked.subList(0, 500));
    }

    @Test
    void shouldWalkAMeasuresReportsNewestFirstAcrossPages() {
        TestPlans.Created plan = plans.create(List.of(
                report(LocalDate.of(2031, 4, 30), ImplementationStatus.NOT_STARTED, Assessment.ON_TRACK, null, "a"),
                report(LocalDate.of(2031, 8, 31), ImplementationStatus.IN_PROGRESS, Assessment.AT_RISK, 40, "b"),
                new PlanDocument.Report("Ekstra", LocalDate.of(2031, 8, 31), ImplementationStatus.IN_PROGRESS,
                        Assessment.AT_RISK, 50, "c", "Testforfatter", Instant.parse("2031-09-01T10:00:00Z")),
                report(LocalDate.of(2031, 12, 31), ImplementationStatus.IN_PROGRESS, Assessment.ON_TRACK, 60, "d")));
        String reports = "/api/v1/measures/" + plan.measureId(1, 1) + "/reports";
        List<String> all = given().get(reports).then().statusCode(200).extract().jsonPath()
                .getList("items.text", String.class);

        assertEquals(4, all.size());
        assertEquals(all, walk(RestAssured::given, reports, 1, "text"));
        assertEquals(all, walk(RestAssured::given, reports, 3, "text"));
    }

    @Test
    void shouldWalkPartiesAndGoalsPageByPage() {
        TestPlans.Created plan = plans.create(List.of());

        List<String> parties = walk(RestAssured::given, "/api/v1/parties", 3, "slug");
        assertEquals(parties.size(), new HashSet<>(parties).size(), "no party twice");
        assertTrue(parties.containsAll(List.of(plan.leadSlug(), plan.partnerSlug())));
        List<String> sorted = new ArrayList<>(given().queryParam("limit", 500).get("/api/v1/parties").then()
                .extract().jsonPath().getList("items.slug", String.class));
        assertEquals(sorted, parties);

        List<String> goals = walk(() -> given().queryParam("strategicPlan", plan.strategicPlanId()),
                "/api/v1/goals", 1, "number");
        assertEquals(List.of("1", "2"), goals);
        given().queryParam("strategicPlan", plan.strategicPlanId()).queryParam("limit", 1).get("/api/v1/goals").then()
                .body("items[0].measures.reference", contains(plan.reference(1, 1), plan.reference(1, 2)));
    }

    @Test
    void shouldRejectAPageSizeOutOfRangeOrAForgedCursor() {
        for (String limit : List.of("0", "501", "mange")) {
            given().queryParam("limit", limit).get("/api/v1/measures").then()
                    .statusCode(400)
                    .body("type", equalTo("urn:planstatus:problem:invalid-parameter"))
                    .body("violations.field", contains("limit"));
        }
        for (String path : List.of("/api/v1/measures", "/api/v1/parties", "/api/v1/goals")) {
            for (String cursor : List.of("!!!", "bm90LWEtbnVtYmVy", "MQ")) {
                given().queryParam("cursor", cursor).get(path).then()
                        .statusCode(400)
                        .body("type", equalTo("urn:planstatus:problem:invalid-parameter"))
                        .body("violations.field", contains("cursor"));
            }
        }
        given().queryParam("cursor", PageRequest.cursor(1L << 40, 1, 1, 1, 1)).get("/api/v1/measures").then()
                .statusCode(400)
                .body("violations.field", contains("cursor"));
        given().queryParam("cursor", PageRequest.cursor(Long.MAX_VALUE, 1))
                .get("/api/v1/measures/{id}/reports", plans.create(List.of()).measureId(1, 1)).then()
                .statusCode(400)
                .body("violations.field", contains("cursor"));
        given().queryParam("limit", 500).get("/api/v1/parties").then().statusCode(200);
    }

    @Test
    void shouldFilterMeasuresByTheAssessmentOfTheirCurrentStatus() {
        TestPlans.Created plan = plans.create(List.of(
                report(LocalDate.of(2031, 4, 30), ImplementationStatus.NOT_STARTED, Assessment.ON_TRACK, null, "a"),
                report(LocalDate.of(2031, 8, 31), ImplementationStatus.IN_PROGRESS, Assessment.AT_RISK, 40, "b")));

        given().queryParam("actionPlan", plan.actionPlanId()).queryParam("assessment", "AT_RISK")
                .get("/api/v1/measures").then()
                .statusCode(200)
                .body("items.reference", contains(plan.reference(1, 1)));
        given().queryParam("actionPlan", plan.actionPlanId()).queryParam("assessment", "ON_TRACK")
                .get("/api/v1/measures").then()
                .statusCode(200)
                .body("items", empty());
        given().queryParam("assessment", "GOOD").get("/api/v1/measures").then()
                .statusCode(400)
                .body("violations.field", contains("assessment"));
    }

    @Test
    void shouldListOnlyMeasuresChangedSinceAnInstant() throws InterruptedException {
        TestPlans.Created plan = plans.create(List.of());
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        Thread.sleep(20);
        Instant since = Instant.now();
        Thread.sleep(20);

        given().queryParam("actionPlan", plan.actionPlanId()).queryParam("changedSince", since.toString())
                .get("/api/v1/measures").then()
                .statusCode(200)
                .body("items", empty());
        editor.session()
                .body(Map.of("periodId", TestPlans.periodOn(plan.measureId(1, 1), "2031-05-01"), "reportDate", "2031-05-01", "status", "IN_PROGRESS", "assessment", "ON_TRACK",
                        "text", "I gang"))
                .post("/api/v1/measures/{id}/reports", plan.measureId(1, 2)).then().statusCode(201);

        given().queryParam("actionPlan", plan.actionPlanId()).queryParam("changedSince", since.toString())
                .get("/api/v1/measures").then()
                .statusCode(200)
                .body("items.reference", contains(plan.reference(1, 2)));
        given().queryParam("actionPlan", plan.actionPlanId())
                .queryParam("changedSince", since.minusSeconds(3600).toString())
                .get("/api/v1/measures").then()
                .body("items.reference", hasItems(plan.reference(1, 1), plan.reference(1, 2), plan.reference(2, 1)));
        given().queryParam("changedSince", "i går").get("/api/v1/measures").then()
                .statusCode(400)
                .body("violations.field", contains("changedSince"));
    }

    @Test
    void shouldRunTheSameNumberOfStatementsWhateverThePageSize() {
        TestPlans.Created plan = plans.create(List.of(
                report(LocalDate.of(2031, 4, 30), ImplementationStatus.NOT_STARTED, Assessment.ON_TRACK, null, "a")));
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);

        long small = statements(statistics, limit -> given().queryParam("actionPlan", plan.actionPlanId())
                .queryParam("limit", limit).get("/api/v1/measures").then().statusCode(200), 1);
        long large = statements(statistics, limit -> given().queryParam("actionPlan", plan.actionPlanId())
                .queryParam("limit", limit).get("/api/v1/measures").then().statusCode(200), 500);
        long all = statements(statistics, limit -> given().queryParam("limit", limit).get("/api/v1/measures").then()
                .statusCode(200), 500);

        assertTrue(small > 0, "statistics are collected");
        assertEquals(small, large);
        assertEquals(small, all);
        statistics.setStatisticsEnabled(false);
    }

    /**
     * The statements Hibernate prepared for a request of a page of about {@code limit}: the least of three runs, each
     * with a limit of its own (so that none is answered from the response cache), since the statistics are global and
     * a background job (a webhook delivery, the reminder check) that happens to run meanwhile adds its own.
     */
    private static long statements(Statistics statistics, java.util.function.IntConsumer request, int limit) {
        long least = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            statistics.clear();
            request.accept(limit == 1 ? limit + run : limit - run);
            least = Math.min(least, statistics.getPrepareStatementCount());
        }
        return least;
    }

    /** Follows nextCursor from the first page to the last, collecting one field of every item. */
    private static List<String> walk(Supplier<RequestSpecification> request, String path, int limit, String field) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            RequestSpecification page = request.get().queryParam("limit", limit);
            if (cursor != null) {
                page.queryParam("cursor", cursor);
            }
            JsonPath body = page.get(path).then().statusCode(200).extract().jsonPath();
            List<String> items = body.getList("items." + field, String.class);
            assertTrue(items.size() <= limit, "a page holds at most limit items");
            seen.addAll(items);
            cursor = body.getString("nextCursor");
            assertTrue(++pages < 10_000, "the walk ends");
        } while (cursor != null);
        return seen;
    }
}
