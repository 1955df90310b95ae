package no.planstatus.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import no.planstatus.security.Role;
import no.planstatus.support.PublicDeployment;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestPlans;
import org.junit.jupiter.api.Test;

/**
 * Anonymous clients choose the addresses they read, and every distinct address that answers 200 is a candidate
 * entry: the response cache must stay within its byte budget however many there are, and keep answering right.
 */
@QuarkusTest
@TestProfile(PublicDeployment.class)
class ResponseCacheBudgetTest {

    @Inject
    ResponseCacheStore store;

    @Inject
    TestPlans plans;

    @Test
    void shouldUseTheConfiguredBudget() {
        assertThat(store.maxBytes(), equalTo(PublicDeployment.CACHE_BYTES));
    }

    @Test
    void shouldDefaultToFivePercentOfTheHeapAndAtMost32MiB() {
        long mib = 1024 * 1024;
        assertThat(ResponseCacheStore.defaultBudget(256 * mib), equalTo(256 * mib / 20));
        assertThat(ResponseCacheStore.defaultBudget(640 * mib), equalTo(32 * mib));
        assertThat(ResponseCacheStore.defaultBudget(6 * 1024 * mib), equalTo(32 * mib));
    }

    @Test
    void shouldStayWithinItsByteBudgetAndKeepAnsweringRightWhenManyDistinctAddressesAreRead() {
        TestPlans.Created plan = plans.create(List.of());
        long measure = plan.measureId(1, 1);
        String page = "/embed/measures/" + measure;
        String list = "/api/v1/measures?actionPlan=" + plan.actionPlanId();
        String firstPage = given().get(page).then().statusCode(200).extract().body().asString();
        String firstList = given().get(list).then().statusCode(200).extract().body().asString();

        int requests = 400;
        long answeredBytes = 0;
        for (int i = 0; i < requests; i++) {
            String accent = String.format("%06x", 0x100000 + i);
            String body = given().queryParam("accent", accent).get(page).then().statusCode(200)
                    .body(containsString("--ps-accent:#" + accent)).extract().body().asString();
            answeredBytes += body.length();
            given().queryParam("reference", "ukjent-" + i).get("/api/v1/measures").then().statusCode(200);
            assertThat("bytes kept after " + (i + 1) + " distinct pages", store.storedBytes(),
                    lessThanOrEqualTo(store.maxBytes()));
        }

        assertThat("the distinct pages alone outweigh the budget", answeredBytes, greaterThan(2 * store.maxBytes()));
        assertThat("answers were evicted", store.entryCount(), lessThan((long) 2 * requests));
        assertThat("the budget is used, not left empty", store.storedBytes(), greaterThan(store.maxBytes() / 2));
        assertThat(given().get(page).then().statusCode(200).extract().body().asString(), equalTo(firstPage));
        assertThat(given().get(list).then().statusCode(200).extract().body().asString(), equalTo(firstList));

        TestAccounts.create(Role.EDITOR, null).session()
                .body(Map.of("periodId", TestPlans.periodOn(measure, "2031-05-01"), "reportDate", "2031-05-01", "status", "COMPLETED", "assessment", "ON_TRACK",
                        "text", "Ferdig"))
                .post("/api/v1/measures/{id}/reports", measure).then().statusCode(201);
        given().get(page).then().statusCode(200).body(containsString("Fullført"));
        given().get(list).then().statusCode(200).body("items[0].currentStatus.status", equalTo("COMPLETED"));
    }
}
