package no.planstatus.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.planstatus.security.Role;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestPlans;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PublicReadCachingTest {

    private static final String FOREIGN_ORIGIN = "https://intranett.kommune.example";
    private static final String PUBLIC = "public, max-age=30, must-revalidate";

    @Inject
    TestPlans plans;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void shouldAnswerNotModifiedForAnUnchangedListWithoutQueryingAndChangeTheEtagOnAWrite() {
        TestPlans.Created plan = plans.create(List.of());
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        String list = "/api/v1/measures?actionPlan=" + plan.actionPlanId();
        String etag = given().get(list).then()
                .statusCode(200)
                .header("ETag", matchesPattern("\"r\\d+-[0-9a-f]+-gzip\""))
                .header("Cache-Control", PUBLIC)
                .extract().header("ETag");
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        // The statistics count every thread's statements, and the webhook sender may claim deliveries in the
        // background at any moment; a revalidation that queried would query every time, so one of a few tries
        // must run none.
        List<Long> tries = new ArrayList<>();
        for (int attempt = 0; attempt < 3 && !tries.contains(0L); attempt++) {
            statistics.clear();
            given().header("If-None-Match", etag).get(list).then()
                    .statusCode(304)
                    .header("ETag", etag)
                    .header("Cache-Control", PUBLIC)
                    .body(emptyString());
            tries.add(statistics.getPrepareStatementCount());
        }
        statistics.setStatisticsEnabled(false);
        assertTrue(tries.contains(0L), "a revalidation runs no query; statements per try: " + tries);
        assertNotEquals(etag, given().get(list + "&limit=2").then().extract().header("ETag"),
                "another query has another ETag");

        long measureId = plan.measureId(1, 1);
        String version = given().get("/api/v1/measures/{id}", measureId).then().extract().header("ETag");
        editor.session().header("If-Match", version)
                .body(Map.of("text", "endret tekst", "responsibilityText", "Leder", "position", 1, "goalId",
                        given().get("/api/v1/measures/{id}", measureId).then().extract().jsonPath()
                                .getLong("goal.id")))
                .put("/api/v1/measures/{id}", measureId).then().statusCode(200);

        String changed = given().header("If-None-Match", etag).get(list).then()
                .statusCode(200)
                .body("items[0].text", equalTo("endret tekst"))
                .extract().header("ETag");
        assertNotEquals(etag, changed);
        given().header("If-None-Match", changed).get(list).then().statusCode(304);
    }

    @Test
    void shouldCheckTheParametersBeforeIfNoneMatchStar() {
        given().header("If-None-Match", "*").queryParam("limit", "abc").get("/api/v1/measures").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("limit"));
        given().header("If-None-Match", "*").queryParam("party", "x").get("/api/v1/feeds/changes.atom").then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().header("If-None-Match", "*").get("/api/v1/measures/{id}", 987654321L).then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().header("If-None-Match", "*").queryParam("party", 987654321L).get("/api/v1/feeds/changes.atom")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldAnswerIfNoneMatchStarWithNotModifiedWhenTheAnswerExists() {
        given().header("If-None-Match", "*").queryParam("limit", 1).get("/api/v1/parties").then()
                .statusCode(304)
                .header("ETag", matchesPattern("\"r\\d+-[0-9a-f]+-gzip\""));
    }

    @Test
    void shouldRevalidateAReportAgainstItsVersionAndKeepTheVersionEtagForIfMatch() {
        TestPlans.Created plan = plans.create(List.of());
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        long measureId = plan.measureId(1, 1);
        Map<String, Object> body = Map.of("periodId", TestPlans.periodOn(measureId, "2031-05-01"), "reportDate", "2031-05-01", "status", "IN_PROGRESS",
                "assessment", "ON_TRACK", "text", "I gang");
        long reportId = editor.session().body(body).post("/api/v1/measures/{id}/reports", measureId).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        String report = "/api/v1/measures/" + measureId + "/reports/" + reportId;

        given().get(report).then().statusCode(200).header("ETag", "\"0-gzip\"").header("Cache-Control", PUBLIC);
        given().header("If-None-Match", "\"0-gzip\"").get(report).then()
                .statusCode(304)
                .header("ETag", "\"0-gzip\"")
                .body(emptyString());

        editor.session().header("If-Match", "\"0\"").body(Map.of("periodId",
                TestPlans.periodOn(measureId, "2031-05-01"), "reportDate", "2031-05-01", "status", "IN_PROGRESS",
                "assessment", "AT_RISK", "text", "Forsinket")).put(report).then().statusCode(200);
        given().header("If-None-Match", "\"0\"").get(report).then()
                .statusCode(200)
                .header("ETag", "\"1-gzip\"")
                .body("assessment", equalTo("AT_RISK"));
    }

    @Test
    void shouldNotAnswerNotModifiedForAMeasureWhoseStatusChangedUnderTheSameVersion() {
        TestPlans.Created plan = plans.create(List.of());
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        long measureId = plan.measureId(1, 1);
        String version = given().get("/api/v1/measures/{id}", measureId).then()
                .statusCode(200).header("Cache-Control", PUBLIC).extract().header("ETag");
        editor.session().body(Map.of("periodId", TestPlans.periodOn(measureId, "2031-05-01"), "reportDate", "2031-05-01", "status", "IN_PROGRESS", "assessment", "AT_RISK",
                "text", "I gang")).post("/api/v1/measures/{id}/reports", measureId).then().statusCode(201);

        given().header("If-None-Match", version).get("/api/v1/measures/{id}", measureId).then()
                .statusCode(200)
                .header("ETag", version)
                .body("currentStatus.assessment", equalTo("AT_RISK"));
    }

    @Test
    void shouldKeepAnswersForACallerOutOfCaches() {
        TestAccounts.Credentials admin = TestAccounts.create(Role.ADMIN, null);

        admin.session().get("/api/v1/auth/me").then().statusCode(200).header("Cache-Control", "no-store")
                .header("ETag", nullValue());
        admin.session().get("/api/v1/accounts").then().statusCode(200).header("Cache-Control", "no-store")
                .header("ETag", nullValue());
        given().get("/api/v1/auth/me").then().header("Cache-Control", "no-store");
    }

    @Test
    void shouldLetAnyOriginReadThePublicApiWithoutCredentials() {
        given().header("Origin", FOREIGN_ORIGIN).get("/api/v1/parties").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Allow-Credentials", nullValue());
        given().get("/api/v1/parties").then()
                .header("Access-Control-Allow-Origin", "*");

        given().header("Origin", FOREIGN_ORIGIN).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match")
                .options("/api/v1/measures").then()
                .statusCode(204)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Methods", containsString("GET"))
                .header("Access-Control-Allow-Headers", containsString("If-None-Match"))
                .header("Access-Control-Allow-Credentials", nullValue());
    }

    @Test
    void shouldRefuseCrossOriginWrites() {
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        for (String method : List.of("POST", "PUT", "DELETE")) {
            given().header("Origin", FOREIGN_ORIGIN).header("Access-Control-Request-Method", method)
                    .header("Access-Control-Request-Headers", "content-type, x-csrf-token")
                    .options("/api/v1/measures").then()
                    .statusCode(403)
                    .header("Access-Control-Allow-Origin", nullValue())
                    .header("Access-Control-Allow-Methods", nullValue());
        }
        editor.session().header("Origin", FOREIGN_ORIGIN).body("{}").post("/api/v1/measures").then()
                .statusCode(400)
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", FOREIGN_ORIGIN).header("Access-Control-Request-Method", "POST")
                .options("/api/v1/auth/login").then()
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", FOREIGN_ORIGIN).get("/api/v1/auth/me").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
