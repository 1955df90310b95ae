package no.planstatus.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import no.planstatus.security.Role;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestPlans;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PublicResponseCacheTest {

    @Inject
    TestPlans plans;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void shouldAnswerARepeatedPublicReadWithoutQueryingAndShowAWriteAtOnce() {
        TestPlans.Created plan = plans.create(List.of());
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        long measureId = plan.measureId(1, 1);
        String measure = "/api/v1/measures/" + measureId;
        String list = "/api/v1/measures?actionPlan=" + plan.actionPlanId();
        String embed = "/embed/measures/" + measureId;
        String firstMeasure = given().get(measure).then().statusCode(200).extract().body().asString();
        String firstList = given().get(list).then().statusCode(200).extract().body().asString();
        String firstEmbed = given().get(embed).then().statusCode(200).extract().body().asString();

        // Hibernate's statistics count every thread's statements, and the webhook sender's sweep may claim
        // deliveries in the background at any moment (one query). The three reads, if they were not kept, would
        // run several queries every time; so one of a few tries must run none at all.
        List<Long> tries = new ArrayList<>();
        for (int attempt = 0; attempt < 3 && !tries.contains(0L); attempt++) {
            tries.add(statementsDuring(() -> {
                assertEquals(firstMeasure, given().get(measure).then().statusCode(200)
                        .header("ETag", "\"0-gzip\"").extract().body().asString());
                assertEquals(firstList, given().get(list).then().statusCode(200).extract().body().asString());
                assertEquals(firstEmbed, given().get(embed).then().statusCode(200)
                        .header("Content-Security-Policy", containsString("frame-ancestors *"))
                        .extract().body().asString());
                return null;
            }));
        }
        assertTrue(tries.contains(0L), "the same public reads again run no query; statements per try: " + tries);

        editor.session().body(Map.of("periodId", TestPlans.periodOn(measureId, "2031-05-01"), "reportDate", "2031-05-01", "status", "IN_PROGRESS", "assessment", "AT_RISK",
                "text", "I gang")).post("/api/v1/measures/{id}/reports", measureId).then().statusCode(201);

        given().get(measure).then().statusCode(200).body("currentStatus.assessment", equalTo("AT_RISK"));
        given().get(list).then().statusCode(200).body("items[0].currentStatus.assessment", equalTo("AT_RISK"));
        given().get(embed).then().statusCode(200).body(containsString("Risiko for avvik"));
    }

    @Test
    void shouldSayThatFirstAndReplayedAnswersVaryByAcceptEncoding() {
        TestPlans.Created plan = plans.create(List.of());
        for (String path : List.of("/api/v1/measures/" + plan.measureId(1, 1),
                "/api/v1/measures?actionPlan=" + plan.actionPlanId(), "/embed/measures/" + plan.measureId(1, 1),
                "/api/v1/feeds/changes.atom")) {
            for (int answer = 0; answer < 2; answer++) {
                given().header("Accept-Encoding", "gzip").get(path).then().statusCode(200)
                        .header("Vary", containsString("Accept-Encoding"));
                given().header("Accept-Encoding", "identity").get(path).then().statusCode(200)
                        .header("Vary", containsString("Accept-Encoding"));
            }
        }
    }

    @Test
    void shouldNeverKeepAnswersThatNeedACaller() {
        TestAccounts.Credentials admin = TestAccounts.create(Role.ADMIN, null);
        admin.session().get("/api/v1/accounts").then().statusCode(200);
        long statements = statementsDuring(() -> {
            admin.session().get("/api/v1/accounts").then().statusCode(200);
            return null;
        });
        assertTrue(statements > 0, "a role-protected list is read from the database every time");
    }

    private long statementsDuring(Supplier<Void> work) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            work.get();
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
